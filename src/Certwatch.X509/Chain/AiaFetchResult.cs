using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// One download of an AIA caIssuers URL (RFC 5280 §4.2.2.1): the certificates it yielded, or why none.
/// Produced by the scanning layer (network), consumed by the pure verifier as extra issuer candidates.
/// </summary>
/// <param name="Url">The caIssuers URL fetched.</param>
/// <param name="ForCertificate">Display name of the certificate whose issuer was missing.</param>
/// <param name="Certificates">The certificates the response held (DER or a certs-only PKCS#7).</param>
/// <param name="Error">Why the fetch gave nothing ("timed out after 5s", "HTTP 404"); null on success.</param>
public sealed record AiaFetchResult(string Url, string ForCertificate, IReadOnlyList<CertificateInfo> Certificates, string? Error)
{
    public bool Succeeded => Error is null && Certificates.Count > 0;

    public static AiaFetchResult Failed(string url, string forCertificate, string error) => new(url, forCertificate, [], error);
}
