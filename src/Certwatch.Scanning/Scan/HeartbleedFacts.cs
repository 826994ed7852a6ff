namespace Certwatch.Scanning.Scan;

/// <summary>The result of the safe Heartbleed probe (CVE-2014-0160).</summary>
/// <param name="Vulnerable">The server echoed more heartbeat payload than we sent.</param>
/// <param name="Evidence">"sent 3 bytes, claimed 16384, received 16384 back" / "no heartbeat response".</param>
public sealed record HeartbleedFacts(bool Vulnerable, string Evidence);
