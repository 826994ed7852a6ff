using Certwatch.Core.Findings;
using Certwatch.Core.Targets;

namespace Certwatch.Scanning.Scan;

/// <summary>
/// The outcome of scanning one target: every address, all findings (certificate, protocol, vulnerabilities,
/// HTTP layer) worst first, the status, the lowest grade among the addresses, or the one-line error when the
/// target could not be scanned at all (status Unknown).
/// </summary>
public sealed record ScanReport(
    Target Target,
    CheckStatus Status,
    IReadOnlyList<ScanAddressReport> Addresses,
    IReadOnlyList<Finding> Findings,
    string? Error,
    DateTimeOffset ValidationTime,
    TimeSpan Elapsed);
