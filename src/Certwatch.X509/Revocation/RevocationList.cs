namespace Certwatch.X509.Revocation;

/// <summary>A parsed X.509 v2 CRL (RFC 5280 §5.1): what the signature covers, the window and the entries.</summary>
/// <param name="TbsDer">DER of tbsCertList (signed).</param>
/// <param name="SignatureAlgorithmOid">The outer signatureAlgorithm.</param>
/// <param name="Signature">The signature bits.</param>
/// <param name="IssuerNameDer">The CRL issuer's name.</param>
/// <param name="ThisUpdate">Issue date.</param>
/// <param name="NextUpdate">Next issue date; null when absent (RFC 5280 requires it for conforming CAs).</param>
/// <param name="Entries">Revoked serials.</param>
public sealed record RevocationList(
    byte[] TbsDer,
    string SignatureAlgorithmOid,
    byte[] Signature,
    byte[] IssuerNameDer,
    DateTimeOffset ThisUpdate,
    DateTimeOffset? NextUpdate,
    IReadOnlyList<CrlEntry> Entries);
