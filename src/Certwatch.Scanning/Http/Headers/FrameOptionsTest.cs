namespace Certwatch.Scanning.Http;

/// <summary>
/// Clickjacking protection (Observatory x-frame-options.js): CSP frame-ancestors without broad sources wins
/// (CSP3 §6.4.2; browsers then ignore X-Frame-Options), else X-Frame-Options DENY or SAMEORIGIN (RFC 7034 §2.1).
/// ALLOW-FROM is obsolete: browsers ignore it, so it protects nothing (0).
/// </summary>
internal static class FrameOptionsTest
{
    private const string Test = "x-frame-options";

    public static HeaderTestResult Evaluate(string? frameOptions, CspPolicy? csp)
    {
        if (csp?["frame-ancestors"] is { } ancestors && !ancestors.Any(CspAnalyzer.IsBroad))
        {
            return new(Test, "x-frame-options-implemented-via-csp", 5, $"CSP frame-ancestors {string.Join(' ', ancestors)} limits who may frame the page", frameOptions);
        }

        if (frameOptions is null)
        {
            return new(Test, "x-frame-options-not-implemented", -20, "neither X-Frame-Options nor CSP frame-ancestors: any site may frame the page (clickjacking)", null);
        }

        var value = frameOptions.Trim().ToUpperInvariant();
        return value is "DENY" or "SAMEORIGIN" ? new(Test, "x-frame-options-sameorigin-or-deny", 5, $"{value}: other sites cannot frame the page", frameOptions)
            : value.StartsWith("ALLOW-FROM", StringComparison.Ordinal) ? new(Test, "x-frame-options-allow-from-origin", 0, "ALLOW-FROM is ignored by current browsers; use CSP frame-ancestors", frameOptions)
            : new(Test, "x-frame-options-header-invalid", -20, $"'{frameOptions}' is not DENY or SAMEORIGIN, so browsers ignore it", frameOptions);
    }
}
