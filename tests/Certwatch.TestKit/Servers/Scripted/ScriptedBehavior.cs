namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>How a <see cref="ScriptedTlsServer"/> answers a ClientHello.</summary>
public enum ScriptedBehavior
{
    /// <summary>Like a real server configured by <see cref="ScriptedServerConfig"/>.</summary>
    Negotiate,

    /// <summary>A fatal handshake_failure alert to every hello.</summary>
    AlertAlways,

    /// <summary>Resets the connection (RST) after reading the hello.</summary>
    Reset,

    /// <summary>Closes the connection (FIN) after reading the hello.</summary>
    Close,

    /// <summary>Reads the hello and never answers.</summary>
    Stall,

    /// <summary>Answers with bytes that are not TLS.</summary>
    Garbage,

    /// <summary>Answers with an endless stream of handshake records that never finish a message.</summary>
    EndlessBytes,
}
