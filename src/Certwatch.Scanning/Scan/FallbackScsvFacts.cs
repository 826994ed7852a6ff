namespace Certwatch.Scanning.Scan;

/// <summary>TLS_FALLBACK_SCSV (RFC 7507): a hello below the server's best version with the SCSV must be refused.</summary>
/// <param name="Supported">The server answered inappropriate_fallback.</param>
/// <param name="Detail">What it answered instead ("accepted TLSv1.1", "only one protocol: not testable").</param>
public sealed record FallbackScsvFacts(bool Supported, string Detail);
