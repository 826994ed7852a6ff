namespace Certwatch.TestKit.Servers.Pki;

/// <summary>How the loopback AIA server misbehaves.</summary>
public enum AiaServerMode
{
    Normal,
    Stall,
    Garbage,
    Huge,
}
