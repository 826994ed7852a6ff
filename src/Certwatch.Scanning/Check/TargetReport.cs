using Certwatch.Core.Findings;
using Certwatch.Core.Targets;

namespace Certwatch.Scanning.Check;

/// <summary>
/// The outcome of checking one target: every address, the merged findings (worst first), the overall
/// status, or the one-line error when the target could not be checked at all (status Unknown).
/// </summary>
public sealed record TargetReport(
    Target Target,
    CheckStatus Status,
    IReadOnlyList<AddressReport> Addresses,
    IReadOnlyList<Finding> Findings,
    string? Error,
    DateTimeOffset ValidationTime,
    TimeSpan Elapsed);
