using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Http;

/// <summary>Content-Security-Policy findings, one per kind of weakness, quoting the directive and sources.</summary>
internal static class CspFindings
{
    private static readonly FixAdvice StrictPolicy = new(
        "Start from a strict policy and allow what the site needs; nonces or hashes instead of 'unsafe-inline'.",
        [HttpSecurityFindings.Nginx("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")]);

    private static readonly (CspWeaknessKind Kind, string Id, string Detail)[] Rules =
    [
        (CspWeaknessKind.NotImplemented, FindingIds.HttpCspMissing,
            "Without an enforced policy nothing limits where scripts come from, so any injection runs (Observatory csp-not-implemented −25). Report-Only blocks nothing."),
        (CspWeaknessKind.Invalid, FindingIds.HttpCspInvalid,
            "Browsers drop what they cannot parse (CSP3 §2.2.1), so the policy protects less than it says (Observatory csp-header-invalid −25)."),
        (CspWeaknessKind.UnsafeInlineScript, FindingIds.HttpCspUnsafeInline,
            "Inline scripts and data: scripts are exactly what cross-site scripting injects; allowing them voids the policy (Observatory −20)."),
        (CspWeaknessKind.BroadSource, FindingIds.HttpCspBroadSource,
            "A wildcard or bare scheme source, or no script-src/object-src at all, lets scripts or plugins load from any host (Observatory −20)."),
        (CspWeaknessKind.UnsafeEval, FindingIds.HttpCspUnsafeEval,
            "'unsafe-eval' lets strings run as code (eval, new Function), widening what an injection can do (Observatory −10)."),
    ];

    public static IEnumerable<Finding> For(HttpFindingInput input)
    {
        var csp = input.Csp;
        var evidence = csp.Result.HeaderValue is { } header ? new List<string> { $"Content-Security-Policy: {header}" } : [];
        foreach (var (kind, id, detail) in Rules)
        {
            if (csp.Weaknesses.Where(w => w.Kind == kind).Select(w => w.Message).ToList() is { Count: > 0 } messages)
            {
                yield return new Finding(id, Severity.Warning, $"CSP: {messages[0]}", detail, [.. evidence, .. messages], StrictPolicy, input.Address);
            }
        }

        var insecure = csp.Weaknesses.Where(w => w.Kind is CspWeaknessKind.InsecureActiveSource or CspWeaknessKind.InsecurePassiveSource).ToList();
        if (insecure.Count > 0)
        {
            yield return new Finding(FindingIds.HttpCspInsecureSource, Severity.Warning, $"CSP allows plain-HTTP sources: {string.Join(' ', insecure.SelectMany(w => w.Sources).Distinct())}",
                "Content fetched over http: on an HTTPS page can be replaced in transit; for scripts that is full control of the page (Observatory −20 active, −10 images/media).",
                [.. evidence, .. insecure.Select(w => w.Message)], FixAdvice.Text("Use https: sources only (or 'self')."), input.Address);
        }
    }
}
