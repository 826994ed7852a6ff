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

    /// <summary>Every complete TLS record read, in order, including any that followed the deciding message.</summary>
    public IReadOnlyList<TlsRecord> Records { get; init; } = [];

    /// <summary>The kind of <see cref="Error"/>; None when the flight is complete.</summary>
    public FlightFailure Failure { get; init; }

    /// <summary>How many bytes the server sent before the decision (or the error).</summary>
    public int BytesRead { get; init; }

    /// <summary>The server accepted the hello: a ServerHello or HelloRetryRequest (SSLv2: a SERVER-HELLO).</summary>
    public bool Accepted => Answer.Kind is ServerAnswerKind.ServerHello or ServerAnswerKind.HelloRetryRequest or ServerAnswerKind.Ssl2ServerHello;

    public HandshakeMessage? Find(HandshakeType type) => Messages.FirstOrDefault(m => m.Type == type);

    /// <summary>One line for a probe's detail: "handshake_failure alert", "TLSv1.2 TLS_AES…", or the error.</summary>
    public string Describe() => Answer.Kind switch
    {
        ServerAnswerKind.Alert => $"{Answer.Alert!.Value.Description.Name ?? Answer.Alert.Value.Description.ToString()} alert",
        ServerAnswerKind.ServerHello => $"ServerHello {ServerHello!.NegotiatedVersion} {ServerHello.CipherSuite}",
        ServerAnswerKind.HelloRetryRequest => $"HelloRetryRequest {ServerHello!.CipherSuite} group {ServerHello.RetryGroup?.ToString() ?? "none"}",
        ServerAnswerKind.Ssl2ServerHello => "SSLv2 SERVER-HELLO",
        _ => Error ?? Answer.Kind.ToString(),
    };
}
