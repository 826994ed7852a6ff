namespace Certwatch.X509.Revocation;

/// <summary>One SingleResponse (RFC 6960 §4.2.1).</summary>
/// <param name="CertId">Which certificate it is about.</param>
/// <param name="Status">good, revoked or unknown.</param>
/// <param name="RevokedAt">revocationTime when revoked.</param>
/// <param name="Reason">CRLReason name when given.</param>
/// <param name="ThisUpdate">When the status was known to be correct.</param>
/// <param name="NextUpdate">When newer information will be available; null means "any time" (RFC 6960 §4.2.2.1).</param>
public sealed record OcspSingleResponse(
    OcspCertId CertId,
    RevocationStatus Status,
    DateTimeOffset? RevokedAt,
    string? Reason,
    DateTimeOffset ThisUpdate,
    DateTimeOffset? NextUpdate);
