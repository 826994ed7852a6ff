namespace Certwatch.Core.Findings;

/// <summary>Finding ids of revocation and AIA (OCSP, CRL, fetched intermediates).</summary>
public static partial class FindingIds
{
    /// <summary>A certificate of the path is revoked per a verified OCSP response or CRL (critical).</summary>
    public const string RevocationRevoked = "revocation.revoked";

    /// <summary>No usable revocation answer: responder unreachable, tryLater, bad signature, stale (warning; soft-fail).</summary>
    public const string RevocationUnavailable = "revocation.unavailable";

    /// <summary>The chain is incomplete and the AIA caIssuers download failed: AIA-fetching clients fail too (warning).</summary>
    public const string AiaFetchFailed = "aia.fetch-failed";

    private static IReadOnlyList<string> RevocationIds =>
    [
        RevocationRevoked, RevocationUnavailable, AiaFetchFailed,
    ];
}
