namespace Certwatch.Core.Findings;

/// <summary>Finding ids of DNS (CAA, DANE/TLSA, MX) and nodes of one name.</summary>
public static partial class FindingIds
{
    private static IReadOnlyList<string> DnsIds =>
    [
    ];
}
