namespace Certwatch.Scanning.Scan;

/// <summary>How a probe ended. A probe's failure is part of the report, never the end of it.</summary>
public enum ProbeStatus
{
    /// <summary>The probe ran and its value is the server's real behaviour.</summary>
    Completed,

    /// <summary>The probe could not finish (timeout, reset, malformed answer); the reason says which.</summary>
    Error,

    /// <summary>Not run: not applicable (no TLS 1.2 for a 1.2-only probe) or turned off; the reason says which.</summary>
    Skipped,
}
