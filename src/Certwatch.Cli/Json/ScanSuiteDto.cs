namespace Certwatch.Cli.Json;

/// <summary>
/// One accepted cipher suite with its registry properties and the key exchange the server used for it:
/// <see cref="Group"/> for ECDHE / TLS 1.3, <see cref="DhBits"/> for DHE.
/// </summary>
public sealed record ScanSuiteDto(
    string Code,
    string IanaName,
    string? OpenSslName,
    string KeyExchange,
    string Authentication,
    string Cipher,
    int KeyBits,
    string Mac,
    bool ForwardSecrecy,
    bool Aead,
    bool Export,
    string? Group,
    int? DhBits);
