using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>Merges certificate and assessment findings: one copy of each, worst first, and the status they give.</summary>
internal static class FindingMerge
{
    public static IReadOnlyList<Finding> WorstFirst(IEnumerable<Finding> findings) =>
        [.. findings.DistinctBy(f => (f.Id, f.Address, f.Title)).OrderByDescending(f => f.Severity)];

    public static CheckStatus Status(IReadOnlyList<Finding> findings) => findings.Count == 0 ? CheckStatus.Ok : findings.Max(f => f.Severity) switch
    {
        Severity.Critical => CheckStatus.Critical,
        Severity.Warning => CheckStatus.Warning,
        _ => CheckStatus.Ok,
    };
}
