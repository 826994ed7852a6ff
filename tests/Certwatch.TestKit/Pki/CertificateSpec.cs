using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.TestKit.Pki;

/// <summary>
/// Everything a test may want to control in a certificate. Use <c>with</c> to derive variants and
/// <see cref="Issue"/> to sign it. Empty lists and nulls mean "extension absent".
/// </summary>
public sealed record CertificateSpec
{
    /// <summary>A full DN ("CN=a, O=b") or a bare common name ("a"); "" gives an empty subject.</summary>
    public required string Subject { get; init; }

    /// <summary>The signing CA; null makes the certificate self-signed.</summary>
    public IssuedCertificate? Issuer { get; init; }

    public required DateTimeOffset NotBefore { get; init; }
    public required DateTimeOffset NotAfter { get; init; }

    /// <summary>Encoded as given (big-endian INTEGER content); null gives 16 random positive bytes.</summary>
    public byte[]? SerialNumber { get; init; }

    /// <summary>The subject key; null generates RSA 2048.</summary>
    public TestKey? Key { get; init; }

    /// <summary>
    /// Puts this public key in the certificate instead of <see cref="Key"/>'s, for algorithms
    /// <see cref="TestKey"/> cannot make (Ed25519, DSA, unknown OIDs). Needs an <see cref="Issuer"/>; the
    /// result has no usable private key.
    /// </summary>
    public PublicKey? SubjectPublicKey { get; init; }

    /// <summary>SHA1, SHA256, SHA384, SHA512 (MD5 for RSA issuers where OpenSSL allows it).</summary>
    public HashAlgorithmName SignatureHash { get; init; } = HashAlgorithmName.SHA256;

    /// <summary>Sign with RSASSA-PSS instead of PKCS#1 v1.5 (RSA issuers only).</summary>
    public bool UseRsaPss { get; init; }

    public IReadOnlyList<string> DnsNames { get; init; } = [];
    public IReadOnlyList<IPAddress> IpAddresses { get; init; } = [];

    public BasicConstraintsSpec? BasicConstraints { get; init; }
    public X509KeyUsageFlags? KeyUsage { get; init; }
    public bool KeyUsageCritical { get; init; } = true;

    /// <summary>EKU OIDs (see <see cref="TestOids"/>); null leaves the extension out.</summary>
    public IReadOnlyList<string>? ExtendedKeyUsages { get; init; }

    public IReadOnlyList<string> CaIssuersUrls { get; init; } = [];
    public IReadOnlyList<string> OcspUrls { get; init; } = [];
    public IReadOnlyList<string> CrlUrls { get; init; } = [];
    public IReadOnlyList<string> PolicyOids { get; init; } = [];

    /// <summary>Adds the TLS Feature extension with status_request (RFC 7633).</summary>
    public bool MustStaple { get; init; }

    /// <summary>Number of dummy SCTs in an embedded SCT list (RFC 6962 §3.3); null leaves it out.</summary>
    public int? SctCount { get; init; }

    public bool IncludeSubjectKeyId { get; init; } = true;
    public bool IncludeAuthorityKeyId { get; init; } = true;

    /// <summary>Added last, as given, e.g. an unknown critical extension.</summary>
    public IReadOnlyList<X509Extension> ExtraExtensions { get; init; } = [];

    public IssuedCertificate Issue() => CertificateIssuer.Issue(this);
}
