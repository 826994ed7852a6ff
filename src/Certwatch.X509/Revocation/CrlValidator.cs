using Certwatch.X509.Model;

namespace Certwatch.X509.Revocation;

/// <summary>
/// Checks a certificate against a CRL (RFC 5280 §6.3.3): the CRL is issued by the certificate's issuer
/// (same name, signature by its key, cRLSign in keyUsage when present), is current (nextUpdate not
/// passed), and then the serial is looked up. A CRL that fails any check says nothing: "unavailable".
/// </summary>
public static class CrlValidator
{
    public static (RevocationStatus Status, CrlEntry? Entry, string Detail) Validate(
        RevocationList crl, CertificateInfo certificate, CertificateInfo issuer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(crl);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        if (!crl.IssuerNameDer.AsSpan().SequenceEqual(issuer.SubjectNameDer))
        {
            return (RevocationStatus.Unavailable, null, "the CRL is issued by another CA (indirect CRLs are not supported)");
        }

        if (issuer.KeyUsage is { } usage && !usage.Any(u => u.Contains("crl", StringComparison.OrdinalIgnoreCase)))
        {
            return (RevocationStatus.Unavailable, null, $"issuer '{issuer.DisplayName}' has no cRLSign key usage (RFC 5280 §4.2.1.3)");
        }

        if (!SignedBytesVerifier.Verify(crl.TbsDer, crl.SignatureAlgorithmOid, crl.Signature, issuer))
        {
            return (RevocationStatus.Unavailable, null, $"the CRL signature does not verify with the key of '{issuer.DisplayName}'");
        }

        if (crl.NextUpdate is { } next && next < now - OcspResponseValidator.ClockSkew)
        {
            return (RevocationStatus.Unavailable, null, $"stale CRL: nextUpdate {next:u} has passed");
        }

        var entry = crl.Entries.FirstOrDefault(e => string.Equals(e.SerialNumber, certificate.SerialNumber, StringComparison.OrdinalIgnoreCase));
        var detail = $"CRL of '{issuer.DisplayName}' from {crl.ThisUpdate:u} with {crl.Entries.Count} entr{(crl.Entries.Count == 1 ? "y" : "ies")}";
        return entry is null ? (RevocationStatus.Good, null, detail) : (RevocationStatus.Revoked, entry, detail);
    }
}
