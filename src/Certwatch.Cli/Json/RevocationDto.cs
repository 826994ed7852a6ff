namespace Certwatch.Cli.Json;

/// <summary>
/// One revocation answer: <see cref="Source"/> is ocsp/crl/staple, <see cref="Status"/> good/revoked/unknown/unavailable
/// (unavailable = no usable answer, never treated as revoked).
/// </summary>
public sealed record RevocationDto(
    string Subject,
    string SerialNumber,
    int PathIndex,
    string Source,
    string? Url,
    string Status,
    DateTimeOffset? RevokedAt,
    string? Reason,
    string? Detail);
