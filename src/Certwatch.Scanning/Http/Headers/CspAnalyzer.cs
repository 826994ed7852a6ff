namespace Certwatch.Scanning.Http;

/// <summary>
/// Scores the enforced CSP the way the MDN HTTP Observatory does (src/analyzer/tests/csp.js, modifiers from
/// src/grader/charts.js): effective script/object/style sources fall back to default-src and then to "*";
/// a nonce or hash disables 'unsafe-inline' (CSP2), 'strict-dynamic' with a nonce or hash disables host and
/// scheme sources (CSP3 §8.2); the worst weakness decides the row.
/// </summary>
internal static class CspAnalyzer
{
    private static readonly HashSet<string> Broad = ["ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"];
    private static readonly string[] NonceOrHash = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
    private static readonly HashSet<string> Passive = ["img-src", "media-src"];

    public static CspEvaluation Evaluate(IReadOnlyList<string> enforced, IReadOnlyList<string> reportOnly, bool https)
    {
        var header = enforced.Count > 0 ? string.Join(", ", enforced) : null;
        var policy = enforced.Count > 0 ? CspParser.Parse(enforced) : null;
        if (policy is null || policy.Directives.Count == 0 && policy.Invalid.Count == 0)
        {
            return reportOnly.Count > 0
                ? Row("csp-not-implemented-but-reporting-enabled", -25, "only Content-Security-Policy-Report-Only is sent: it reports, it blocks nothing", string.Join(", ", reportOnly), null, CspWeaknessKind.NotImplemented)
                : Row("csp-not-implemented", -25, "no Content-Security-Policy header: nothing limits where scripts load from", header, policy, CspWeaknessKind.NotImplemented);
        }

        var weaknesses = CspWeaknessFinder.Find(policy, https);
        if (policy.Invalid.Count > 0)
        {
            weaknesses.Insert(0, new CspWeakness(CspWeaknessKind.Invalid, "", [], string.Join("; ", policy.Invalid)));
        }

        return Score(policy, header!, weaknesses);
    }

    public static bool IsBroad(string source) => Broad.Contains(source);

    public static bool IsNonceOrHash(string source) => NonceOrHash.Any(p => source.StartsWith(p, StringComparison.Ordinal));

    public static bool IsPassive(string directive) => Passive.Contains(directive);

    private static CspEvaluation Score(CspPolicy policy, string header, List<CspWeakness> weaknesses)
    {
        var worst = weaknesses.Where(w => w.Kind != CspWeaknessKind.DuplicateDirective).OrderBy(w => w.Kind).FirstOrDefault();
        var (outcome, points) = worst?.Kind switch
        {
            CspWeaknessKind.Invalid => ("csp-header-invalid", -25),
            CspWeaknessKind.UnsafeInlineScript or CspWeaknessKind.BroadSource => ("csp-implemented-with-unsafe-inline", -20),
            CspWeaknessKind.InsecureActiveSource => ("csp-implemented-with-insecure-scheme", -20),
            CspWeaknessKind.UnsafeEval => ("csp-implemented-with-unsafe-eval", -10),
            CspWeaknessKind.InsecurePassiveSource => ("csp-implemented-with-insecure-scheme-in-passive-content-only", -10),
            CspWeaknessKind.UnsafeStyle => ("csp-implemented-with-unsafe-inline-in-style-src-only", 0),
            _ => policy["default-src"] is ["'none'"] ? ("csp-implemented-with-no-unsafe-default-src-none", 10) : ("csp-implemented-with-no-unsafe", 5),
        };

        // csp.js: a passing policy with a repeated directive is reported as such, for 0 points.
        if (points >= -10 && worst?.Kind is not CspWeaknessKind.UnsafeEval && weaknesses.Any(w => w.Kind == CspWeaknessKind.DuplicateDirective))
        {
            (outcome, points) = ("csp-implemented-but-duplicate-directives", 0);
        }

        var why = worst?.Message ?? (points == 10 ? "default-src 'none' and nothing unsafe" : "no 'unsafe-inline', 'unsafe-eval' or broad sources for scripts and objects");
        return new CspEvaluation(new HeaderTestResult("content-security-policy", outcome, points, why, header), policy, weaknesses);
    }

    private static CspEvaluation Row(string outcome, int points, string why, string? header, CspPolicy? policy, CspWeaknessKind kind) =>
        new(new HeaderTestResult("content-security-policy", outcome, points, why, header), policy, [new CspWeakness(kind, "", [], why)]);
}
