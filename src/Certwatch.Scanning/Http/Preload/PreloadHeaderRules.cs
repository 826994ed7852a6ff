using System.Globalization;

namespace Certwatch.Scanning.Http;

/// <summary>
/// hstspreload's reading of the header (header.go ParseHeaderString + PreloadableHeader), which is simpler
/// and stricter than a browser's: directives split on ";" and trimmed, names case-insensitive, max-age
/// unquoted digits only (a quoted max-age that browsers accept is non_digit_characters here). Preloading
/// needs includeSubDomains, preload and max-age ≥ 31536000 s (one year, the "bulk-1-year" policy).
/// </summary>
internal static class PreloadHeaderRules
{
    public const long OneYearSeconds = 86_400 * 365;
    public const long TenYearsSeconds = 10 * OneYearSeconds;

    public static IReadOnlyList<PreloadIssue> Check(string header)
    {
        var issues = new List<PreloadIssue>();
        var directives = header.Split(';').Select(d => d.Trim()).ToList();
        if (directives is [""])
        {
            issues.Add(PreloadIssue.Warning("header.parse.empty", "the Strict-Transport-Security header is empty"));
        }
        else
        {
            var seen = new ParsedHeader();
            foreach (var directive in directives)
            {
                Read(directive, seen, issues);
            }

            return [.. Dedupe(issues), .. Preloadable(seen)];
        }

        return [.. issues, .. Preloadable(new ParsedHeader())];
    }

    private static void Read(string directive, ParsedHeader seen, List<PreloadIssue> issues)
    {
        bool Is(string name) => directive.Equals(name, StringComparison.OrdinalIgnoreCase);
        bool Starts(string prefix) => directive.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        if (Is("preload"))
        {
            Flag(ref seen.Preload, issues, "header.parse.repeated.preload", "preload appears more than once");
        }
        else if (Starts("preload"))
        {
            issues.Add(PreloadIssue.Warning("header.parse.invalid.preload", $"'{directive}': preload takes nothing after it"));
        }
        else if (Is("includeSubDomains"))
        {
            Flag(ref seen.IncludeSubDomains, issues, "header.parse.repeated.include_sub_domains", "includeSubDomains appears more than once");
        }
        else if (Starts("includeSubDomains"))
        {
            issues.Add(PreloadIssue.Warning("header.parse.invalid.include_sub_domains", $"'{directive}': includeSubDomains takes nothing after it"));
        }
        else if (Starts("max-age="))
        {
            ReadMaxAge(directive, seen, issues);
        }
        else if (Starts("max-age"))
        {
            issues.Add(PreloadIssue.Error("header.parse.invalid.max_age.no_value", $"'{directive}' has no value; give max-age in seconds"));
        }
        else
        {
            issues.Add(directive.Length == 0
                ? PreloadIssue.Warning("header.parse.empty_directive", "the header has an empty directive or an extra ';'")
                : PreloadIssue.Warning("header.parse.unknown_directive", $"unknown directive '{directive}'"));
        }
    }

    private static void ReadMaxAge(string directive, ParsedHeader seen, List<PreloadIssue> issues)
    {
        var value = directive[8..];
        if (value.Length > 1 && value[0] == '0')
        {
            issues.Add(PreloadIssue.Warning("header.parse.max_age.leading_zero", $"max-age has a leading 0: '{directive}'"));
        }

        if (!value.All(char.IsAsciiDigit))
        {
            issues.Add(PreloadIssue.Error("header.parse.max_age.non_digit_characters", $"max-age contains characters that are not digits: '{directive}'"));
            return;
        }

        if (!ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            issues.Add(PreloadIssue.Error("header.parse.max_age.parse_int_error", $"max-age '{value}' is not a number that fits in 64 bits"));
            return;
        }

        if (seen.MaxAge is null)
        {
            seen.MaxAge = seconds;
        }
        else
        {
            issues.Add(PreloadIssue.Warning("header.parse.repeated.max_age", "max-age appears more than once; the first counts"));
        }
    }

    private static IEnumerable<PreloadIssue> Preloadable(ParsedHeader header)
    {
        if (!header.IncludeSubDomains)
        {
            yield return PreloadIssue.Error("header.preloadable.include_sub_domains.missing", "the header must contain includeSubDomains");
        }

        if (!header.Preload)
        {
            yield return PreloadIssue.Error("header.preloadable.preload.missing", "the header must contain preload");
        }

        var maxAge = header.MaxAge;
        if (maxAge is null)
        {
            yield return PreloadIssue.Error("header.preloadable.max_age.missing", "the header must contain a valid max-age");
        }
        else if (maxAge == 0)
        {
            yield return PreloadIssue.Error("header.preloadable.max_age.zero", "max-age=0 removes HSTS; preloading needs at least 31536000 s (one year)");
        }
        else if (maxAge < OneYearSeconds)
        {
            yield return PreloadIssue.Error("header.preloadable.max_age.below_1_year", $"max-age={maxAge} is below 31536000 s (one year)");
        }
        else if (maxAge > TenYearsSeconds)
        {
            yield return PreloadIssue.Warning("header.preloadable.max_age.over_10_years", $"max-age={maxAge} is more than ten years, an unusually long value");
        }
    }

    private static void Flag(ref bool flag, List<PreloadIssue> issues, string repeatedCode, string message)
    {
        if (flag)
        {
            issues.Add(PreloadIssue.Warning(repeatedCode, message));
        }

        flag = true;
    }

    // hstspreload reports most parse issues once (addUnique…); unknown directives and leading zeros each time.
    private static IEnumerable<PreloadIssue> Dedupe(List<PreloadIssue> issues) =>
        issues.Where((issue, index) => issue.Code is "header.parse.unknown_directive" or "header.parse.max_age.leading_zero"
            || issues.FindIndex(i => i.Code == issue.Code) == index);

    private sealed class ParsedHeader
    {
        public bool Preload;
        public bool IncludeSubDomains;
        public ulong? MaxAge;
    }
}
