using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Check;

/// <summary>
/// Adds findings found after the probe (CAA, DANE, MX) to a report: worst first again, and the status
/// raised to what the worst new finding demands. An Unknown report stays Unknown.
/// </summary>
public static class TargetReportAmendment
{
    public static TargetReport With(TargetReport report, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0)
        {
            return report;
        }

        var status = report.Status == CheckStatus.Unknown ? CheckStatus.Unknown : findings.Max(f => f.Severity) switch
        {
            Severity.Critical => CheckStatus.Critical,
            Severity.Warning when report.Status == CheckStatus.Ok => CheckStatus.Warning,
            _ => report.Status,
        };
        return report with { Status = status, Findings = [.. report.Findings.Concat(findings).OrderByDescending(f => f.Severity)] };
    }
}
