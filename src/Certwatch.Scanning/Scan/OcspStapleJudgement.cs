using Certwatch.X509.Revocation;

namespace Certwatch.Scanning.Scan;

/// <summary>The stapled OCSP response checked against the served leaf and its issuer, as a browser checks it.</summary>
/// <param name="Status">The verdict; the first failed check wins (parse, responseStatus, CertID, signature, time, certStatus).</param>
/// <param name="Detail">One line for humans: what was checked or what failed.</param>
/// <param name="ResponseStatus">The responseStatus; null when the response did not parse.</param>
/// <param name="ProducedAt">When the responder signed it.</param>
/// <param name="ThisUpdate">thisUpdate of the leaf's SingleResponse.</param>
/// <param name="NextUpdate">nextUpdate of the leaf's SingleResponse; null when the responder set none.</param>
/// <param name="RevokedAt">revocationTime when revoked.</param>
/// <param name="RevocationReason">CRLReason name ("keyCompromise") when given.</param>
/// <param name="SignedBy">"the issuer '…'" or "delegated responder '…'"; null when not verified.</param>
public sealed record OcspStapleJudgement(
    OcspStapleStatus Status,
    string Detail,
    OcspResponseStatus? ResponseStatus,
    DateTimeOffset? ProducedAt,
    DateTimeOffset? ThisUpdate,
    DateTimeOffset? NextUpdate,
    DateTimeOffset? RevokedAt,
    string? RevocationReason,
    string? SignedBy);
