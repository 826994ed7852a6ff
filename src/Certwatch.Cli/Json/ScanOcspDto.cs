namespace Certwatch.Cli.Json;

/// <summary>
/// OCSP stapling; <see cref="Response"/> is the stapled OCSPResponse DER in base64, null when none. The other
/// fields are the staple checked against the served leaf; all null when nothing was stapled.
/// </summary>
/// <param name="Status">good, revoked, unknown, expired, notYetValid, malformed, unsuccessful, wrongCertificate, badSignature, unauthorizedSigner.</param>
/// <param name="Detail">One line: what was verified or what failed.</param>
/// <param name="ResponseStatus">The OCSP responseStatus (successful, tryLater…), null when the response did not parse.</param>
/// <param name="RevocationReason">CRLReason name ("keyCompromise"), null when not revoked or none given.</param>
/// <param name="SignedBy">Who signed it, null when the signature did not verify or could not be checked.</param>
public sealed record ScanOcspDto(
    bool Stapled,
    string Protocol,
    string? Response,
    string? Status,
    string? Detail,
    string? ResponseStatus,
    DateTimeOffset? ProducedAt,
    DateTimeOffset? ThisUpdate,
    DateTimeOffset? NextUpdate,
    DateTimeOffset? RevokedAt,
    string? RevocationReason,
    string? SignedBy);
