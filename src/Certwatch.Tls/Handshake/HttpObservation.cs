namespace Certwatch.Tls.Handshake;

/// <summary>
/// The response to one HEAD request sent over the established TLS connection (headers only, bounded):
/// enough to know whether the host asserts HSTS. Null fields mean "not seen".
/// </summary>
/// <param name="StatusCode">HTTP status, when a response arrived.</param>
/// <param name="StrictTransportSecurity">The first Strict-Transport-Security header value (RFC 6797 §8.1: only the first counts).</param>
/// <param name="Error">Why no response was read (timeout, not HTTP…).</param>
public sealed record HttpObservation(int? StatusCode, string? StrictTransportSecurity, string? Error);
