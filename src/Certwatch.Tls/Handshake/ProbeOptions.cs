namespace Certwatch.Tls.Handshake;

/// <summary>Timeouts and what to ask for in a handshake probe.</summary>
/// <param name="ConnectTimeout">TCP connect.</param>
/// <param name="HandshakeTimeout">TLS handshake after connect.</param>
/// <param name="SendHttpHead">After the handshake, send HEAD / and read the headers (HTTPS targets only).</param>
/// <param name="HttpTimeout">Bound on the HTTP exchange.</param>
public sealed record ProbeOptions(TimeSpan ConnectTimeout, TimeSpan HandshakeTimeout, bool SendHttpHead, TimeSpan HttpTimeout)
{
    public static ProbeOptions Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), true, TimeSpan.FromSeconds(5));
}
