namespace Certwatch.TestKit.Servers;

/// <summary>When and how a <see cref="ClosingServer"/> drops the connection.</summary>
public enum ClosingBehavior
{
    /// <summary>Close (FIN) right after accepting.</summary>
    CloseOnAccept,

    /// <summary>Reset (RST) right after accepting.</summary>
    ResetOnAccept,

    /// <summary>Read the ClientHello, then close (FIN) — what a server with no usable certificate often does.</summary>
    CloseAfterClientHello,

    /// <summary>Read the ClientHello, then reset (RST) — what a middlebox that blocks TLS often does.</summary>
    ResetAfterClientHello,
}
