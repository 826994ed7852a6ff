namespace Certwatch.Scanning.Http;

/// <summary>
/// The Public Suffix List and its matching algorithm (https://publicsuffix.org/list/, "Formal Algorithm"):
/// normal rules, wildcard rules ("*.ck") and exception rules ("!www.ck"); the rule with the most labels
/// prevails, an exception beats everything and its suffix is the rule minus its leftmost label; when no rule
/// matches, "*" applies. Rules and names compare as lower-case A-labels (IDNA), so "公司.cn" matches
/// "xn--55qx5d.cn". The embedded copy is Debian's publicsuffix 20230209.2326-1 (see Data/PUBLIC_SUFFIX_LIST_NOTE.md);
/// <see cref="Load"/> replaces it with a newer file.
/// </summary>
public sealed class PublicSuffixList
{
    private static readonly Lazy<PublicSuffixList> EmbeddedList = new(LoadEmbedded);
    private readonly Dictionary<string, PublicSuffixSection> _rules;
    private readonly Dictionary<string, PublicSuffixSection> _wildcards;
    private readonly Dictionary<string, PublicSuffixSection> _exceptions;

    private PublicSuffixList(PublicSuffixRules rules, string source)
    {
        (_rules, _wildcards, _exceptions) = (rules.Normal, rules.Wildcards, rules.Exceptions);
        Source = source;
    }

    /// <summary>The copy shipped with Certwatch.</summary>
    public static PublicSuffixList Embedded => EmbeddedList.Value;

    /// <summary>Where the rules came from: "embedded (publicsuffix 20230209)" or a file path.</summary>
    public string Source { get; }

    /// <summary>Number of rules of all kinds.</summary>
    public int RuleCount => _rules.Count + _wildcards.Count + _exceptions.Count;

    /// <summary>Rules from list text in the publicsuffix.org format.</summary>
    public static PublicSuffixList Parse(string text, string source = "text") => new(PublicSuffixRules.Parse(text), source);

    /// <summary>The section marker every publicsuffix.org list carries; a file without it is some other file.</summary>
    public const string IcannMarker = "// ===BEGIN ICANN DOMAINS===";

    /// <summary>
    /// Reads a newer list from a file; a file that cannot be read, is not in the publicsuffix.org format (no
    /// ICANN section marker: /etc/passwd would otherwise give ":x:0:0:" "rules") or holds no rules is an error value.
    /// </summary>
    public static PublicSuffixListLoadResult Load(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            if (!text.Contains(IcannMarker, StringComparison.Ordinal))
            {
                return new PublicSuffixListLoadResult(null, $"{path} is not a Public Suffix List: it has no '{IcannMarker}' line (the publicsuffix.org format)");
            }

            var list = Parse(text, path);
            return list.RuleCount == 0
                ? new PublicSuffixListLoadResult(null, $"{path} holds no public suffix rules")
                : new PublicSuffixListLoadResult(list, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new PublicSuffixListLoadResult(null, $"cannot read the public suffix list {path}: {e.Message}");
        }
    }

    /// <summary>Matches a host name; null when it is not a usable domain name (empty labels, an IP address).</summary>
    public PublicSuffixMatch? Match(string domain)
    {
        if (PublicSuffixRules.ToAscii(domain.TrimEnd('.')) is not { } ascii || ascii.Split('.').Any(l => l.Length == 0))
        {
            return null;
        }

        var labels = ascii.Split('.');
        var (suffixLabels, section) = PrevailingRule(labels);
        var suffix = string.Join('.', labels[^suffixLabels..]);
        var registrable = labels.Length > suffixLabels ? string.Join('.', labels[^(suffixLabels + 1)..]) : null;
        return new PublicSuffixMatch(ascii, suffix, registrable, section);
    }

    /// <summary>Returns how many trailing labels form the public suffix, and the section of the rule that decided it.</summary>
    private (int Labels, PublicSuffixSection Section) PrevailingRule(string[] labels)
    {
        var best = (Labels: 1, Section: PublicSuffixSection.DefaultRule);
        for (var start = labels.Length - 1; start >= 0; start--)
        {
            var candidate = string.Join('.', labels[start..]);
            var count = labels.Length - start;
            if (_exceptions.TryGetValue(candidate, out var exception))
            {
                return (count - 1, exception); // an exception rule always prevails
            }

            if (_rules.TryGetValue(candidate, out var normal) && count >= best.Labels)
            {
                best = (count, normal);
            }

            // "*.ck" matches any one label in front of "ck".
            if (start > 0 && _wildcards.TryGetValue(candidate, out var wildcard) && count + 1 >= best.Labels)
            {
                best = (count + 1, wildcard);
            }
        }

        return best;
    }

    private static PublicSuffixList LoadEmbedded()
    {
        using var stream = typeof(PublicSuffixList).Assembly.GetManifestResourceStream("Certwatch.Scanning.Http.Data.public_suffix_list.dat");
        using var reader = new StreamReader(stream!);
        return Parse(reader.ReadToEnd(), "embedded (Debian publicsuffix 20230209.2326-1)");
    }
}
