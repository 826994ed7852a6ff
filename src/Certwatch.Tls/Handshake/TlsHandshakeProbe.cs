using System.Net;

namespace Certwatch.Tls.Handshake;

/// <summary>
/// Connects to one address and performs a real handshake through SslStream, capturing the certificates
/// exactly as the server sent them. Never throws for a network condition: it returns an observation.
/// </summary>
public static class TlsHandshakeProbe
{
    public static Task<HandshakeObservation> ProbeAsync(IPEndPoint endpoint, string? serverName, ProbeOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
