namespace Certwatch.Scanning.Http;

/// <summary>The CSP verdict: the scored row and every weakness seen (the row names only the worst).</summary>
public sealed record CspEvaluation(HeaderTestResult Result, CspPolicy? Policy, IReadOnlyList<CspWeakness> Weaknesses)
{
    public bool Has(CspWeaknessKind kind) => Weaknesses.Any(w => w.Kind == kind);
}
