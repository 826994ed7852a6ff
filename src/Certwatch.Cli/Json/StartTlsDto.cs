namespace Certwatch.Cli.Json;

/// <summary>The STARTTLS dialogue before the handshake. <see cref="Outcome"/>: ready, notOffered, refused, protocolError, timeout.</summary>
public sealed record StartTlsDto(
    string Protocol,
    string Outcome,
    string? Banner,
    IReadOnlyList<string> Capabilities,
    bool PlaintextAuthOffered,
    string? Detail);
