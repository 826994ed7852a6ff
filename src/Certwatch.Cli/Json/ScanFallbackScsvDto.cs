namespace Certwatch.Cli.Json;

/// <summary>RFC 7507 TLS_FALLBACK_SCSV.</summary>
public sealed record ScanFallbackScsvDto(bool Supported, string Detail);
