using System.Net;

namespace Certwatch.X509.Model;

/// <summary>
/// Everything Certwatch knows about one certificate, parsed from its DER by <see cref="CertificateParser"/>.
/// Immutable and serializable; the raw bytes are kept so analysis can verify signatures.
/// </summary>
public sealed record CertificateInfo
{
    public required byte[] Der { get; init; }
    public required int Version { get; init; }
    public required string Subject { get; init; }
    public required string Issuer { get; init; }

    /// <summary>The raw DER of the subject and issuer Names, compared byte-wise for chaining (RFC 5280 §7.1 after normalisation).</summary>
    public required byte[] SubjectNameDer { get; init; }
    public required byte[] IssuerNameDer { get; init; }
    public string? SubjectCommonName { get; init; }
    public string? IssuerCommonName { get; init; }

    /// <summary>Serial number as upper-case hex of its DER content bytes (leading 00 kept as encoded).</summary>
    public required string SerialNumber { get; init; }
    public required string Sha256Fingerprint { get; init; }
    public required string SpkiSha256 { get; init; }
    public required DateTimeOffset NotBefore { get; init; }
    public required DateTimeOffset NotAfter { get; init; }
    public required IReadOnlyList<string> DnsNames { get; init; }
    public required IReadOnlyList<IPAddress> IpAddresses { get; init; }
    public required PublicKeyInfo PublicKey { get; init; }
    public required SignatureAlgorithmInfo SignatureAlgorithm { get; init; }

    /// <summary>The signed part (tbsCertificate DER) and the signature value, for verification.</summary>
    public required byte[] TbsDer { get; init; }
    public required byte[] SignatureValue { get; init; }
    public BasicConstraintsInfo? BasicConstraints { get; init; }

    /// <summary>keyUsage bits by name ("digitalSignature", "keyCertSign"…); null when the extension is absent.</summary>
    public IReadOnlyList<string>? KeyUsage { get; init; }

    /// <summary>EKU OIDs; null when the extension is absent (absent means any purpose).</summary>
    public IReadOnlyList<string>? ExtendedKeyUsage { get; init; }
    public required IReadOnlyList<string> CaIssuersUrls { get; init; }
    public required IReadOnlyList<string> OcspUrls { get; init; }
    public required IReadOnlyList<string> CrlUrls { get; init; }
    public required IReadOnlyList<string> PolicyOids { get; init; }
    public required ValidationLevel ValidationLevel { get; init; }
    public required int SctCount { get; init; }

    /// <summary>TLS Feature extension (RFC 7633) lists status_request: OCSP must-staple.</summary>
    public required bool MustStaple { get; init; }
    public string? SubjectKeyId { get; init; }
    public string? AuthorityKeyId { get; init; }
    public required IReadOnlyList<ExtensionInfo> Extensions { get; init; }

    /// <summary>nameConstraints of a CA (RFC 5280 §4.2.1.10); null when absent.</summary>
    public NameConstraintsInfo? NameConstraints { get; init; }

    /// <summary>Subject and issuer names are equal (self-issued, RFC 5280 §6.1).</summary>
    public bool IsSelfIssued => SubjectNameDer.AsSpan().SequenceEqual(IssuerNameDer);
    public bool IsCa => BasicConstraints?.IsCa == true;
    public TimeSpan Lifetime => NotAfter - NotBefore;

    /// <summary>A short name for messages: the CN, else the whole subject.</summary>
    public string DisplayName => SubjectCommonName ?? Subject;
}
