namespace Certwatch.Tls.Handshake;

/// <summary>Timeouts and what to ask for in a handshake probe.</summary>
/// <param name="ConnectTimeout">TCP connect.</param>
/// <param name="HandshakeTimeout">TLS handshake after connect.</param>
/// <param name="SendHttpHead">After the handshake, send HEAD / and read the headers (HTTPS targets only).</param>
/// <param name="HttpTimeout">Bound on the HTTP exchange.</param>
public sealed record ProbeOptions(TimeSpan ConnectTimeout, TimeSpan HandshakeTimeout, bool SendHttpHead, TimeSpan HttpTimeout)
{
    /// <summary>The plain-text dialogue to run after connect and before the handshake; None for implicit TLS.</summary>
    public Core.Targets.StartTlsProtocol StartTls { get; init; }

    /// <summary>Bound on each reply of the STARTTLS dialogue.</summary>
    public TimeSpan StartTlsStepTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public static ProbeOptions Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), true, TimeSpan.FromSeconds(5));
}
