using Certwatch.Scanning.Check;
using Certwatch.Scanning.Http;
using Certwatch.Tls.Probing;

namespace Certwatch.Scanning.Scan;

/// <summary>Options of a <c>certwatch scan</c> run.</summary>
/// <param name="Check">The certificate check options (trust store, thresholds, timeouts) the scan also runs.</param>
/// <param name="Limits">Per-connection bounds of every probe.</param>
/// <param name="PerHostConnections">Parallel probe connections to one address (default 5).</param>
/// <param name="GlobalConnections">Parallel probe connections of the whole run.</param>
/// <param name="Http">Run the HTTP security layer (HSTS, redirects, headers); off with --no-http.</param>
public sealed record ScanOptions(CheckOptions Check, ProbeLimits Limits, int PerHostConnections = 5, int GlobalConnections = 64, bool Http = true)
{
    /// <summary>Also run the active vulnerability probes (Heartbleed, CCS injection, ROBOT).</summary>
    public bool ActiveVulnerabilityProbes { get; init; } = true;

    /// <summary>How the HTTP layer probes (plain-HTTP port, redirect limit, Public Suffix List, resolver for other hosts).</summary>
    public HttpSecurityOptions HttpSecurity { get; init; } = new();
}
