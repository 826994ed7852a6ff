namespace Certwatch.Scanning.Scan;

/// <summary>The result of the CCS injection probe (CVE-2014-0224).</summary>
/// <param name="Vulnerable">The server accepted a premature ChangeCipherSpec.</param>
public sealed record CcsInjectionFacts(bool Vulnerable, string Evidence);
