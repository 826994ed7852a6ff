using Certwatch.Scanning.Check;
using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Scan;

/// <summary>One address of a scanned target: the certificate check, the probe facts and their assessment.</summary>
public sealed record ScanAddressReport(string Address, AddressReport Certificate, ScanFacts Facts, ScanAssessment Assessment)
{
    /// <summary>The HTTP layer (HSTS, redirects, preload, headers); null for STARTTLS targets or with --no-http.</summary>
    public HttpSecurityReport? Http { get; init; }
}
