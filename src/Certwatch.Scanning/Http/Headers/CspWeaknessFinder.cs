namespace Certwatch.Scanning.Http;

/// <summary>Lists every weakness of a parsed policy (Observatory csp.js checks, each with the sources that trigger it).</summary>
internal static class CspWeaknessFinder
{
    public static List<CspWeakness> Find(CspPolicy policy, bool https)
    {
        var weaknesses = new List<CspWeakness>();
        var script = WithoutDisabledSources(policy.Effective("script-src") ?? ["*"], "script-src", weaknesses);
        var style = WithoutInlineIfNonce(policy.Effective("style-src") ?? ["*"]);
        var objects = policy.Effective("object-src") ?? ["*"];
        Add(weaknesses, CspWeaknessKind.UnsafeInlineScript, "script-src", script.Where(s => s is "'unsafe-inline'" or "data:"),
            "scripts may run inline or from data: URLs, which is what an XSS injects");
        Add(weaknesses, CspWeaknessKind.BroadSource, "script-src", script.Where(CspAnalyzer.IsBroad),
            policy.Effective("script-src") is null ? "no script-src or default-src: scripts may load from anywhere" : "scripts may load from any host");
        Add(weaknesses, CspWeaknessKind.BroadSource, "object-src", objects.Where(CspAnalyzer.IsBroad),
            policy.Effective("object-src") is null ? "no object-src or default-src: plugins may load from anywhere (set object-src 'none')" : "plugins may load from any host");
        if (https)
        {
            var active = policy.Directives.Where(d => !CspAnalyzer.IsPassive(d.Key) && d.Key != "script-src").SelectMany(d => d.Value).Concat(script);
            Add(weaknesses, CspWeaknessKind.InsecureActiveSource, "", active.Where(Insecure).Distinct(), "active content may load over plain http: or ftp:");
        }

        Add(weaknesses, CspWeaknessKind.UnsafeEval, "script-src", script.Concat(style).Where(s => s == "'unsafe-eval'").Distinct(),
            "eval() and friends may run strings as code");
        if (https)
        {
            var passive = new[] { "img-src", "media-src" }.SelectMany(d => policy[d] ?? policy["default-src"] ?? []);
            Add(weaknesses, CspWeaknessKind.InsecurePassiveSource, "img-src", passive.Where(Insecure).Distinct(), "images or media may load over plain http:");
        }

        Add(weaknesses, CspWeaknessKind.UnsafeStyle, "style-src", style.Where(s => s is "'unsafe-inline'" or "data:" || CspAnalyzer.IsBroad(s)),
            "styles may be inline or from anywhere (a weakness only for CSS injection)");
        weaknesses.AddRange(policy.Duplicates.Distinct().Select(d => new CspWeakness(CspWeaknessKind.DuplicateDirective, d, [], $"{d} appears twice; browsers use the first")));
        return weaknesses;
    }

    // 'strict-dynamic' with a nonce or hash makes CSP3 browsers ignore host/scheme sources, 'self' and
    // 'unsafe-inline' (CSP3 §8.2); without one it is a mistake that Observatory calls invalid.
    private static List<string> WithoutDisabledSources(IReadOnlyList<string> sources, string directive, List<CspWeakness> weaknesses)
    {
        var list = WithoutInlineIfNonce(sources);
        if (!list.Contains("'strict-dynamic'"))
        {
            return list;
        }

        if (!list.Any(CspAnalyzer.IsNonceOrHash))
        {
            weaknesses.Add(new CspWeakness(CspWeaknessKind.Invalid, directive, ["'strict-dynamic'"], "'strict-dynamic' without a nonce or hash blocks every script"));
            return list;
        }

        return [.. list.Where(s => !Broad(s) && s is not "'self'" and not "'unsafe-inline'")];
    }

    private static bool Broad(string source) => CspAnalyzer.IsBroad(source) || source.StartsWith("http:", StringComparison.Ordinal)
        || source.StartsWith("https:", StringComparison.Ordinal) || source.StartsWith("ftp:", StringComparison.Ordinal) || source.StartsWith('*');

    // A nonce or hash makes CSP2+ browsers ignore 'unsafe-inline' (CSP3 §6.7.3.3).
    private static List<string> WithoutInlineIfNonce(IReadOnlyList<string> sources) =>
        sources.Any(CspAnalyzer.IsNonceOrHash) ? [.. sources.Where(s => s != "'unsafe-inline'")] : [.. sources];

    private static bool Insecure(string source) =>
        source.StartsWith("http:", StringComparison.Ordinal) || source.StartsWith("ftp:", StringComparison.Ordinal);

    private static void Add(List<CspWeakness> weaknesses, CspWeaknessKind kind, string directive, IEnumerable<string> sources, string why)
    {
        var found = sources.ToList();
        if (found.Count > 0)
        {
            weaknesses.Add(new CspWeakness(kind, directive, found, $"{directive} {string.Join(' ', found)}: {why}".TrimStart()));
        }
    }
}
