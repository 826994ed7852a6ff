namespace Certwatch.X509.Revocation;

/// <summary>
/// The revocation answer for one certificate of the path from one source.
/// </summary>
/// <param name="Subject">Display name of the certificate checked.</param>
/// <param name="SerialNumber">Its serial (hex).</param>
/// <param name="PathIndex">Its index in the path (0 = leaf).</param>
/// <param name="Source">OCSP, CRL or a stapled response.</param>
/// <param name="Url">The responder or CRL URL (null for a staple).</param>
/// <param name="Status">Good, revoked, unknown, or unavailable (soft-fail).</param>
/// <param name="RevokedAt">revocationTime (RFC 6960 §4.2.1) or revocationDate (RFC 5280 §5.1.2.6).</param>
/// <param name="Reason">CRLReason name ("keyCompromise"); null when the source gave none.</param>
/// <param name="Detail">Why unavailable, or what was verified ("signed by the issuer, next update …").</param>
public sealed record RevocationCheck(
    string Subject,
    string SerialNumber,
    int PathIndex,
    RevocationSource Source,
    string? Url,
    RevocationStatus Status,
    DateTimeOffset? RevokedAt,
    string? Reason,
    string? Detail)
{
    public bool IsRevoked => Status == RevocationStatus.Revoked;
}
