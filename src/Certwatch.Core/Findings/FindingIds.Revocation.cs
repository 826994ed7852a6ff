namespace Certwatch.Core.Findings;

/// <summary>Finding ids of revocation and AIA (OCSP, CRL, fetched intermediates).</summary>
public static partial class FindingIds
{
    private static IReadOnlyList<string> RevocationIds =>
    [
    ];
}
