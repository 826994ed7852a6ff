namespace Certwatch.Cli.Json;

/// <summary>RFC 5746; <see cref="ClientInitiatedAllowed"/> is null when not tested.</summary>
public sealed record ScanRenegotiationDto(bool SecureRenegotiation, bool? ClientInitiatedAllowed);
