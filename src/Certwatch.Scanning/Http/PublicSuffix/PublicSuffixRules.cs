using System.Globalization;

namespace Certwatch.Scanning.Http;

/// <summary>
/// The three rule sets of a list file. Format (publicsuffix.org/list): one rule per line, "//" comments,
/// the rule is the line up to the first whitespace; sections are marked by "===BEGIN ICANN DOMAINS===" and
/// "===BEGIN PRIVATE DOMAINS===" comments.
/// </summary>
internal sealed record PublicSuffixRules(
    Dictionary<string, PublicSuffixSection> Normal,
    Dictionary<string, PublicSuffixSection> Wildcards,
    Dictionary<string, PublicSuffixSection> Exceptions)
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = true };

    public static PublicSuffixRules Parse(string text)
    {
        var rules = new PublicSuffixRules(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        var section = PublicSuffixSection.Icann;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("//", StringComparison.Ordinal))
            {
                section = line.Contains("BEGIN PRIVATE DOMAINS", StringComparison.Ordinal) ? PublicSuffixSection.Private
                    : line.Contains("BEGIN ICANN DOMAINS", StringComparison.Ordinal) ? PublicSuffixSection.Icann
                    : section;
                continue;
            }

            var rule = line.Split([' ', '\t'], 2)[0];
            if (rule.Length > 0)
            {
                rules.Add(rule, section);
            }
        }

        return rules;
    }

    /// <summary>Lower-case A-label form of a name (UTS #46 via IdnMapping); null when it cannot be converted.</summary>
    public static string? ToAscii(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        try
        {
            return name.All(char.IsAscii) ? name.ToLowerInvariant() : Idn.GetAscii(name).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private void Add(string rule, PublicSuffixSection section)
    {
        var (set, body) = rule.StartsWith('!') ? (Exceptions, rule[1..])
            : rule.StartsWith("*.", StringComparison.Ordinal) ? (Wildcards, rule[2..])
            : (Normal, rule);
        if (ToAscii(body) is { } ascii)
        {
            set.TryAdd(ascii, section);
        }
    }
}
