namespace Certwatch.Cli.Json;

/// <summary>What the handshake saw. <see cref="Outcome"/> is one of the documented outcome strings.</summary>
public sealed record HandshakeDto(
    int Port,
    string? ServerName,
    string Outcome,
    string? Error,
    string? Protocol,
    string? CipherSuite,
    string? Alpn,
    double ConnectMs,
    double HandshakeMs,
    int ServedCertificateCount,
    HttpDto? Http,
    StartTlsDto? StartTls);
