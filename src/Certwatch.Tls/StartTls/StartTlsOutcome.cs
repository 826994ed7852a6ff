namespace Certwatch.Tls.StartTls;

/// <summary>How a STARTTLS dialogue ended. Server behaviour is an outcome, never an exception.</summary>
public enum StartTlsOutcome
{
    /// <summary>The server agreed: the next bytes on the connection are the TLS handshake.</summary>
    Ready,

    /// <summary>The server spoke the protocol but does not offer the upgrade.</summary>
    NotOffered,

    /// <summary>The server offered or was asked for the upgrade and refused the command.</summary>
    Refused,

    /// <summary>The server sent something the protocol does not allow (or closed, or sent an over-long line or reply).</summary>
    ProtocolError,

    /// <summary>A step got no complete reply within the step timeout.</summary>
    Timeout,
}
