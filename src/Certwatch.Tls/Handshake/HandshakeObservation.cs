namespace Certwatch.Tls.Handshake;

/// <summary>
/// What one handshake with one address saw: the certificates exactly as served (order and duplicates
/// kept, DER), the negotiated parameters, timings — or why it failed. Immutable and serializable.
/// </summary>
public sealed record HandshakeObservation
{
    public required string Address { get; init; }
    public required int Port { get; init; }
    public string? ServerName { get; init; }
    public required HandshakeOutcome Outcome { get; init; }

    /// <summary>One line for humans when <see cref="Outcome"/> is not Completed.</summary>
    public string? Error { get; init; }
    public IReadOnlyList<byte[]> ServedCertificates { get; init; } = [];

    /// <summary>"TLSv1.3", "TLSv1.2"…</summary>
    public string? Protocol { get; init; }

    /// <summary>IANA cipher suite name, e.g. TLS_AES_256_GCM_SHA384.</summary>
    public string? CipherSuite { get; init; }
    public string? Alpn { get; init; }
    public TimeSpan ConnectTime { get; init; }
    public TimeSpan HandshakeTime { get; init; }
    public HttpObservation? Http { get; init; }

    /// <summary>The STARTTLS dialogue before the handshake, when the target needed one.</summary>
    public StartTls.StartTlsResult? StartTls { get; init; }
}
