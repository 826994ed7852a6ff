namespace Certwatch.Cli.Json;

/// <summary>OCSP stapling; <see cref="Response"/> is the stapled OCSPResponse DER in base64, null when none.</summary>
public sealed record ScanOcspDto(bool Stapled, string Protocol, string? Response);
