namespace Certwatch.Tls.Wire;

/// <summary>What a server's first bytes after a ClientHello amount to. "The server said no" (an alert) is an answer, not an error.</summary>
public enum ServerAnswerKind
{
    /// <summary>A ServerHello: the offer was accepted.</summary>
    ServerHello,

    /// <summary>A TLS 1.3 HelloRetryRequest: acceptable, but with another key share (RFC 8446 §4.1.4).</summary>
    HelloRetryRequest,

    /// <summary>An alert instead of a ServerHello, typically handshake_failure or protocol_version.</summary>
    Alert,

    /// <summary>An SSLv2 SERVER-HELLO.</summary>
    Ssl2ServerHello,

    /// <summary>Not enough bytes yet to decide; read more and ask again.</summary>
    Incomplete,

    /// <summary>TLS-framed but undecodable or out of order; <see cref="ServerAnswer.Error"/> says why.</summary>
    Malformed,

    /// <summary>The first byte is no TLS content type: another protocol answered (see Handshake/NonTlsGreeting).</summary>
    NotTls,
}
