namespace Certwatch.Tls.Probing;

/// <summary>Why a <see cref="ServerFlight"/> is incomplete. Closing or resetting is how many servers say "no"; a timeout or garbage is not.</summary>
public enum FlightFailure
{
    None,

    /// <summary>No complete answer within the read timeout.</summary>
    Timeout,

    /// <summary>The server closed the connection (TCP FIN).</summary>
    Closed,

    /// <summary>The connection was reset.</summary>
    Reset,

    /// <summary>More than the byte limit without the end of the flight.</summary>
    TooLarge,

    /// <summary>TLS-framed but undecodable, or the flight was cut by another record.</summary>
    Malformed,

    /// <summary>The answer is not TLS at all.</summary>
    NotTls,
}
