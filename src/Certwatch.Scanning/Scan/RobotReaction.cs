namespace Certwatch.Scanning.Scan;

/// <summary>How the server reacted to one ROBOT key exchange.</summary>
public enum RobotReaction
{
    /// <summary>It sent an alert (the first one is kept).</summary>
    Alert,

    /// <summary>It closed the connection without an alert.</summary>
    Closed,

    /// <summary>It reset the connection.</summary>
    Reset,

    /// <summary>Nothing within the window.</summary>
    Timeout,

    /// <summary>Records other than an alert, or bytes that are not TLS.</summary>
    Other,
}
