using System.Globalization;

namespace Certwatch.Scanning.Http;

/// <summary>
/// Reads a Strict-Transport-Security value exactly as browsers do: RFC 6797 §6.1 and Chrome's ParseHSTSHeader
/// (net/http/http_security_headers.cc). Any non-conforming part makes browsers ignore the whole header;
/// unknown directives are skipped. Pure: never throws, whatever the input.
/// </summary>
public static class StrictTransportSecurityParser
{
    private const string MaxAge = "max-age";
    private const string IncludeSubDomains = "includeSubDomains";
    private const string Preload = "preload";

    public static HstsPolicy Parse(string? headerValue)
    {
        if (headerValue is null)
        {
            return HstsPolicy.Absent;
        }

        if (headerValue.Trim(' ', '\t').Length == 0)
        {
            return Invalid(headerValue, [new HstsProblem(HstsProblemKind.MaxAgeMissing, "the header is empty; max-age is required")]);
        }

        var problems = new List<HstsProblem>();
        var directives = HstsDirectiveReader.Read(headerValue, problems);
        var maxAge = ReadMaxAge(Named(directives, MaxAge), problems);
        var includeSubDomains = ReadValueless(Named(directives, IncludeSubDomains), problems,
            HstsProblemKind.IncludeSubDomainsWithValue, HstsProblemKind.IncludeSubDomainsRepeated);
        var preload = ReadValueless(Named(directives, Preload), problems, HstsProblemKind.PreloadWithValue, HstsProblemKind.PreloadRepeated);
        foreach (var unknown in directives.Where(d => !IsKnown(d.Name)))
        {
            problems.Add(CheckUnknown(unknown));
        }

        if (problems.Any(p => p.IgnoresHeader) || maxAge is not { } declared)
        {
            return Invalid(headerValue, problems);
        }

        // Chrome's MaxAgeToLimitedInt clips anything above kMaxHSTSAgeSecs (overflow included) to one year.
        if (declared > HstsPolicy.ChromeMaxAgeCapSeconds)
        {
            problems.Add(new HstsProblem(HstsProblemKind.MaxAgeCapped,
                $"max-age {declared.ToString(CultureInfo.InvariantCulture)} s is more than one year; Chrome stores {HstsPolicy.ChromeMaxAgeCapSeconds} s (365 days)"));
        }

        return new HstsPolicy(headerValue, true, Math.Min(declared, HstsPolicy.ChromeMaxAgeCapSeconds), declared,
            includeSubDomains, preload, problems);
    }

    private static HstsPolicy Invalid(string headerValue, IReadOnlyList<HstsProblem> problems) =>
        new(headerValue, false, null, null, false, false, problems);

    private static List<HstsDirective> Named(List<HstsDirective> directives, string name) =>
        directives.Where(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();

    private static bool IsKnown(string name) =>
        name.Equals(MaxAge, StringComparison.OrdinalIgnoreCase) || name.Equals(IncludeSubDomains, StringComparison.OrdinalIgnoreCase)
        || name.Equals(Preload, StringComparison.OrdinalIgnoreCase);

    /// <summary>§6.1.1: exactly one max-age, whose value after unquoting is delta-seconds = 1*DIGIT.</summary>
    private static long? ReadMaxAge(List<HstsDirective> found, List<HstsProblem> problems)
    {
        switch (found.Count)
        {
            case 0:
                problems.Add(new HstsProblem(HstsProblemKind.MaxAgeMissing, "max-age is missing; it is required"));
                return null;
            case > 1:
                problems.Add(new HstsProblem(HstsProblemKind.MaxAgeRepeated, $"max-age appears {Times(found.Count)}"));
                break;
        }

        long? seconds = null;
        foreach (var directive in found)
        {
            seconds = ReadSeconds(directive, problems);
        }

        return found.Count == 1 ? seconds : null;
    }

    private static long? ReadSeconds(HstsDirective directive, List<HstsProblem> problems)
    {
        if (string.IsNullOrEmpty(directive.Value))
        {
            problems.Add(new HstsProblem(HstsProblemKind.MaxAgeWithoutValue, $"max-age has no value ('{directive.Text}')"));
            return null;
        }

        if (!directive.Value.All(char.IsAsciiDigit))
        {
            var shown = directive.Quoted ? $"\"{directive.Value}\"" : directive.Value;
            problems.Add(new HstsProblem(HstsProblemKind.MaxAgeNotSeconds, $"max-age '{shown}' is not a number of seconds"));
            return null;
        }

        // delta-seconds has no upper bound (§6.1.1); saturate rather than overflow.
        var digits = directive.Value.TrimStart('0');
        return digits.Length == 0 ? 0
            : digits.Length > 18 ? long.MaxValue
            : long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>§6.1.2 includeSubDomains (and the hstspreload.org preload convention) take no value and appear once.</summary>
    private static bool ReadValueless(List<HstsDirective> found, List<HstsProblem> problems, HstsProblemKind withValue, HstsProblemKind repeated)
    {
        foreach (var directive in found.Where(d => d.Value is not null))
        {
            // A skipped directive's value must still be a token or quoted-string (§6.1 rule 4); for
            // includeSubDomains any value is fatal already, and "takes no value" says why best.
            problems.Add(withValue == HstsProblemKind.IncludeSubDomainsWithValue || IsTokenOrQuoted(directive)
                ? new HstsProblem(withValue, $"{CanonicalName(directive.Name)} takes no value ('{directive.Text}')")
                : NotTokenOrQuoted(directive));
        }

        if (found.Count > 1)
        {
            problems.Add(new HstsProblem(repeated, $"{CanonicalName(found[0].Name)} appears {Times(found.Count)}"));
        }

        return found.Count > 0 && found.All(d => d.Value is null);
    }

    /// <summary>§6.1 rule 5: unknown directives are skipped, but their value must still be a token or quoted-string (rule 4).</summary>
    private static HstsProblem CheckUnknown(HstsDirective directive) =>
        IsTokenOrQuoted(directive)
            ? new HstsProblem(HstsProblemKind.UnknownDirective, $"unknown directive '{directive.Name}' is skipped")
            : NotTokenOrQuoted(directive);

    private static bool IsTokenOrQuoted(HstsDirective directive) =>
        directive.Value is null || directive.Quoted || HstsDirectiveReader.IsToken(directive.Value);

    private static HstsProblem NotTokenOrQuoted(HstsDirective directive) => new(HstsProblemKind.Malformed,
        $"the value of '{directive.Name}' is neither a token nor a quoted-string ('{directive.Text}')");

    private static string CanonicalName(string name) =>
        name.Equals(IncludeSubDomains, StringComparison.OrdinalIgnoreCase) ? IncludeSubDomains : Preload;

    private static string Times(int count) => count == 2 ? "twice" : $"{count} times";
}
