namespace Certwatch.Scanning.Http;

/// <summary>
/// The single-value header rows of the Observatory score (src/analyzer/tests/*.js, modifiers from
/// src/grader/charts.js): X-Content-Type-Options, Referrer-Policy, CORP, COEP, COOP; Permissions-Policy is
/// listed for information only (Observatory does not score it).
/// </summary>
internal static class PolicyHeaderTests
{
    private static readonly HashSet<string> ReferrerSafe = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
    private static readonly HashSet<string> ReferrerUnsafe = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"];

    /// <summary>Only "nosniff" is defined (Fetch §X-Content-Type-Options); browsers read the first value, case-insensitively.</summary>
    public static HeaderTestResult ContentTypeOptions(string? value) => value switch
    {
        null => new("x-content-type-options", "x-content-type-options-not-implemented", -5, "no X-Content-Type-Options: browsers may sniff a response into script or HTML", null),
        _ when value.Split(',')[0].Trim().Equals("nosniff", StringComparison.OrdinalIgnoreCase) =>
            new("x-content-type-options", "x-content-type-options-nosniff", 0, "nosniff: browsers keep to the declared Content-Type", value),
        _ => new("x-content-type-options", "x-content-type-options-header-invalid", -5, $"'{value}' is not 'nosniff', so browsers ignore it", value),
    };

    /// <summary>Referrer-Policy is a list; the last value the browser knows wins (W3C Referrer Policy §8.1).</summary>
    public static HeaderTestResult ReferrerPolicy(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return new("referrer-policy", "referrer-policy-not-implemented", 0, "no Referrer-Policy: browsers default to strict-origin-when-cross-origin", null);
        }

        var header = string.Join(", ", values);
        var effective = values.SelectMany(v => v.Split(',')).Select(t => t.Trim().ToLowerInvariant())
            .LastOrDefault(t => ReferrerSafe.Contains(t) || ReferrerUnsafe.Contains(t));
        return effective switch
        {
            null => new("referrer-policy", "referrer-policy-header-invalid", -5, $"'{header}' names no known policy", header),
            _ when ReferrerSafe.Contains(effective) => new("referrer-policy", "referrer-policy-private", 5, $"{effective}: no full URL leaks to other sites", header),
            _ => new("referrer-policy", "referrer-policy-unsafe", -5, $"{effective}: full URLs (paths, queries) leak to other sites", header),
        };
    }

    public static HeaderTestResult ResourcePolicy(string? value) => Enumerated("cross-origin-resource-policy", value,
        good: ["same-origin", "same-site"], neutral: ["cross-origin"], "other sites cannot embed these resources");

    public static HeaderTestResult EmbedderPolicy(string? value) => Enumerated("cross-origin-embedder-policy", value,
        good: ["require-corp", "credentialless"], neutral: ["unsafe-none"], "the page loads only resources that opt in (cross-origin isolation)");

    public static HeaderTestResult OpenerPolicy(string? value) => Enumerated("cross-origin-opener-policy", value,
        good: ["same-origin", "same-origin-allow-popups", "noopener-allow-popups"], neutral: ["unsafe-none"], "cross-origin windows cannot script this one");

    /// <summary>Permissions-Policy: listed, never scored (not in the Observatory table).</summary>
    public static HeaderTestResult PermissionsPolicy(string? value) => value is null
        ? new("permissions-policy", "permissions-policy-not-implemented", 0, "no Permissions-Policy (informational, not scored)", null)
        : new("permissions-policy", "permissions-policy-implemented", 0, "Permissions-Policy sent (informational, not scored)", value);

    // Structured-field tokens (RFC 9651); parameters such as ;report-to= are allowed after the token.
    private static HeaderTestResult Enumerated(string test, string? value, string[] good, string[] neutral, string benefit)
    {
        var prefix = test switch { "cross-origin-resource-policy" => "corp", "cross-origin-embedder-policy" => "coep", _ => "coop" };
        if (value is null)
        {
            return new(test, $"{prefix}-not-implemented", 0, $"no {Title(test)}", null);
        }

        var token = value.Split(';')[0].Trim().ToLowerInvariant();
        return good.Contains(token) ? new(test, $"{prefix}-implemented-with-{token}", 10, $"{token}: {benefit}", value)
            : neutral.Contains(token) ? new(test, $"{prefix}-implemented-with-{token}", 0, $"{token}: no restriction", value)
            : new(test, $"{prefix}-header-invalid", -5, $"'{value}' is not a valid {Title(test)} value, so browsers ignore it", value);
    }

    private static string Title(string test) => string.Join('-', test.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
