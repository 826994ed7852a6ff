using Certwatch.Scanning.Check;

namespace Certwatch.Scanning.Scan;

/// <summary>One address of a scanned target: the certificate check, the probe facts and their assessment.</summary>
public sealed record ScanAddressReport(string Address, AddressReport Certificate, ScanFacts Facts, ScanAssessment Assessment);
