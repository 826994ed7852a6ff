using Certwatch.X509.Chain;
using Certwatch.X509.Revocation;

namespace Certwatch.Cli.Json;

/// <summary>AIA downloads and revocation answers → JSON shape.</summary>
public static class NetworkEvidenceMapper
{
    public static AiaFetchDto Map(AiaFetchResult fetch) =>
        new(fetch.Url, fetch.ForCertificate, [.. fetch.Certificates.Select(c => c.Subject)], fetch.Error);

    public static RevocationDto Map(RevocationCheck check) => new(
        check.Subject,
        check.SerialNumber,
        check.PathIndex,
        JsonNames.CamelCase(check.Source),
        check.Url,
        JsonNames.CamelCase(check.Status),
        check.RevokedAt,
        check.Reason,
        check.Detail);
}
