namespace Certwatch.Cli.Json;

/// <summary>
/// Every fact about one served certificate. <see cref="Der"/> is the certificate itself (base64 DER), so a
/// report can be re-analysed or the certificate extracted without connecting again.
/// </summary>
public sealed record CertificateDto(
    int Index,
    string Subject,
    string Issuer,
    string? SubjectCommonName,
    string? IssuerCommonName,
    string SerialNumber,
    string Sha256,
    string SpkiSha256,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    int DaysLeft,
    int Version,
    KeyDto PublicKey,
    SignatureDto Signature,
    IReadOnlyList<string> DnsNames,
    IReadOnlyList<string> IpAddresses,
    bool IsCa,
    int? PathLength,
    bool SelfIssued,
    IReadOnlyList<string>? KeyUsage,
    IReadOnlyList<string>? ExtendedKeyUsage,
    IReadOnlyList<string> CaIssuersUrls,
    IReadOnlyList<string> OcspUrls,
    IReadOnlyList<string> CrlUrls,
    IReadOnlyList<string> PolicyOids,
    string ValidationLevel,
    int SctCount,
    bool MustStaple,
    string? SubjectKeyId,
    string? AuthorityKeyId,
    string Der);
