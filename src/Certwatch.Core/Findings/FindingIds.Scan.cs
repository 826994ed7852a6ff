namespace Certwatch.Core.Findings;

/// <summary>Finding ids of protocol, cipher and vulnerability findings of `certwatch scan`.</summary>
public static partial class FindingIds
{
    private static IReadOnlyList<string> ScanIds =>
    [
    ];
}
