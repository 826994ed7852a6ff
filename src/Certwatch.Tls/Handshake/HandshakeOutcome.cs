namespace Certwatch.Tls.Handshake;

/// <summary>How a handshake probe ended. Network conditions are outcomes, not exceptions.</summary>
public enum HandshakeOutcome
{
    /// <summary>The handshake completed and the certificates were captured.</summary>
    Completed,

    /// <summary>TCP connection refused (RST).</summary>
    ConnectionRefused,

    /// <summary>No TCP connection within the connect timeout.</summary>
    ConnectTimeout,

    /// <summary>TCP connect failed otherwise (unreachable network or host).</summary>
    ConnectFailed,

    /// <summary>Connected, but the handshake did not finish within its timeout.</summary>
    HandshakeTimeout,

    /// <summary>The peer does not speak TLS (an HTTP response, an SSH banner, garbage).</summary>
    NotTls,

    /// <summary>The peer closed or reset the connection during the handshake.</summary>
    ClosedDuringHandshake,

    /// <summary>The handshake failed otherwise (a TLS alert, no shared protocol or cipher).</summary>
    HandshakeFailed,

    /// <summary>The STARTTLS dialogue before the handshake did not end with the server ready for TLS.</summary>
    StartTlsFailed,
}
