using System.Security.Cryptography;
using Certwatch.Scanning.Dns;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Mail;

/// <summary>Whether one TLSA record's association data matches one certificate (RFC 6698 §2.1.2–2.1.3).</summary>
internal static class TlsaMatcher
{
    /// <summary>
    /// RFC 7672 §3.1.3: PKIX-TA(0) and PKIX-EE(1) need a trust store SMTP has not got, so SMTP clients treat
    /// them as unusable; selectors other than Cert(0)/SPKI(1) and matching types other than Full(0),
    /// SHA2-256(1), SHA2-512(2) are unusable too (RFC 6698 §4.1).
    /// </summary>
    public static bool IsUsableForSmtp(DnsTlsaData record) =>
        record.Usage is 2 or 3 && record.Selector is 0 or 1 && record.MatchingType is 0 or 1 or 2;

    public static bool Matches(DnsTlsaData record, CertificateInfo certificate)
    {
        var selected = record.Selector == 0 ? certificate.Der : SubjectPublicKeyInfoReader.Read(certificate.Der);
        if (selected is null)
        {
            return false;
        }

        var computed = record.MatchingType switch
        {
            0 => selected,
            1 => SHA256.HashData(selected),
            2 => SHA512.HashData(selected),
            _ => null,
        };
        return computed is not null && CryptographicOperations.FixedTimeEquals(computed, record.AssociationData);
    }
}
