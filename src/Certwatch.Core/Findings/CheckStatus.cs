namespace Certwatch.Core.Findings;

/// <summary>
/// The overall outcome of a check. The numeric values are the process exit codes and the
/// monitoring-plugin states (Nagios, Icinga): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
/// </summary>
public enum CheckStatus
{
    Ok = 0,
    Warning = 1,
    Critical = 2,

    /// <summary>The target could not be checked at all (DNS, connect, handshake failure before a certificate).</summary>
    Unknown = 3,
}
