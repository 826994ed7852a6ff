namespace Certwatch.Scanning.Http;

/// <summary>
/// Parses serialized CSPs (CSP3 §2.2.1 "parse a serialized CSP"): policies separated by ",", directives by
/// ";", the name is the first token (ASCII alphanumerics and "-", lower-cased), the rest is the source list
/// split on ASCII whitespace. A repeated directive is ignored after its first occurrence.
/// </summary>
internal static class CspParser
{
    public static CspPolicy Parse(IReadOnlyList<string> headerValues)
    {
        var merged = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var invalid = new List<string>();
        foreach (var policy in headerValues.SelectMany(v => v.Split(',')))
        {
            foreach (var (name, sources) in ParsePolicy(policy, duplicates, invalid))
            {
                merged[name] = merged.TryGetValue(name, out var earlier) ? Intersect(earlier, sources) : sources;
            }
        }

        return new CspPolicy(headerValues, merged, duplicates, invalid);
    }

    private static Dictionary<string, IReadOnlyList<string>> ParsePolicy(string policy, List<string> duplicates, List<string> invalid)
    {
        var directives = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (policy.Any(c => c > 0x7E || (c < 0x20 && c != '\t')))
        {
            invalid.Add($"the policy contains characters outside the CSP grammar: '{policy.Trim()}'");
            return directives;
        }

        foreach (var token in policy.Split(';'))
        {
            var parts = token.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            var name = parts[0].ToLowerInvariant();
            if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                invalid.Add($"'{parts[0]}' is not a directive name");
            }
            else if (!directives.TryAdd(name, [.. parts.Skip(1).Select(p => p.ToLowerInvariant())]))
            {
                duplicates.Add(name);
            }
        }

        return directives;
    }

    // Every policy is enforced: a source must be allowed by each. An empty intersection allows nothing.
    private static IReadOnlyList<string> Intersect(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var both = a.Intersect(b, StringComparer.Ordinal).ToList();
        return both.Count > 0 ? both : ["'none'"];
    }
}
