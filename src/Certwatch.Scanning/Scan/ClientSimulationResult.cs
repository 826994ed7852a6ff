using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan;

/// <summary>
/// What one real client would negotiate with the server, or why it cannot connect. A prediction from the
/// enumerated server behaviour (versions, suites and their order, groups, DH sizes) and the client's published
/// ClientHello — no connection is made per client.
/// </summary>
/// <param name="Client">"Chrome 131", "Android 4.4.2", "Java 8u161"…</param>
/// <param name="Failure">null on success; else why ("no common protocol: client TLSv1.0–1.2, server TLSv1.3 only").</param>
public sealed record ClientSimulationResult(
    string Client,
    bool Success,
    ProtocolVersion? Protocol,
    CipherSuiteInfo? Suite,
    NamedGroup? Group,
    string? Failure)
{
    /// <summary>The key exchange as negotiated: the group ("x25519", "X25519MLKEM768"), "DH 2048 bits", or "RSA".</summary>
    public string? KeyExchange { get; init; }
}
