using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Probing;

/// <summary>
/// What a server sent in answer to one ClientHello, read until the decision is known: an alert, an SSLv2
/// SERVER-HELLO, a TLS 1.3 ServerHello/HelloRetryRequest (the rest is encrypted), or a TLS 1.2-and-older flight
/// through ServerHelloDone (Certificate, CertificateStatus, ServerKeyExchange are readable in clear).
/// </summary>
/// <param name="Answer">The classification of the first message (ServerHello, Alert, …).</param>
/// <param name="Messages">Every complete handshake message of the flight in order, ServerHello first.</param>
/// <param name="Error">Why the flight is incomplete (timeout, reset, over the size limit, malformed), or null.</param>
public sealed record ServerFlight(ServerAnswer Answer, IReadOnlyList<HandshakeMessage> Messages, string? Error)
{
    public ServerHello? ServerHello => Answer.ServerHello;

    public HandshakeMessage? Find(HandshakeType type) => Messages.FirstOrDefault(m => m.Type == type);
}
