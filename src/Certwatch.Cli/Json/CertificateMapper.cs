using Certwatch.Cli.Reporting;
using Certwatch.X509.Model;

namespace Certwatch.Cli.Json;

/// <summary>CertificateInfo → the stable JSON shape.</summary>
public static class CertificateMapper
{
    public static CertificateDto Map(CertificateInfo certificate, int index, DateTimeOffset validationTime) => new(
        Index: index,
        Subject: certificate.Subject,
        Issuer: certificate.Issuer,
        SubjectCommonName: certificate.SubjectCommonName,
        IssuerCommonName: certificate.IssuerCommonName,
        SerialNumber: certificate.SerialNumber,
        Sha256: certificate.Sha256Fingerprint,
        SpkiSha256: certificate.SpkiSha256,
        NotBefore: certificate.NotBefore,
        NotAfter: certificate.NotAfter,
        DaysLeft: ExpiryFacts.DaysLeft(certificate.NotAfter, validationTime),
        Version: certificate.Version,
        PublicKey: new KeyDto(certificate.PublicKey.Algorithm, certificate.PublicKey.SizeBits, certificate.PublicKey.Curve),
        Signature: new SignatureDto(certificate.SignatureAlgorithm.Name, certificate.SignatureAlgorithm.Oid, certificate.SignatureAlgorithm.Hash),
        DnsNames: certificate.DnsNames,
        IpAddresses: certificate.IpAddresses.Select(ip => ip.ToString()).ToList(),
        IsCa: certificate.IsCa,
        PathLength: certificate.BasicConstraints?.PathLength,
        SelfIssued: certificate.IsSelfIssued,
        KeyUsage: certificate.KeyUsage,
        ExtendedKeyUsage: certificate.ExtendedKeyUsage,
        CaIssuersUrls: certificate.CaIssuersUrls,
        OcspUrls: certificate.OcspUrls,
        CrlUrls: certificate.CrlUrls,
        PolicyOids: certificate.PolicyOids,
        ValidationLevel: JsonNames.Level(certificate.ValidationLevel),
        SctCount: certificate.SctCount,
        MustStaple: certificate.MustStaple,
        SubjectKeyId: certificate.SubjectKeyId,
        AuthorityKeyId: certificate.AuthorityKeyId,
        Der: Convert.ToBase64String(certificate.Der));
}
