using Certwatch.Core.Findings;
using Certwatch.X509.Verdicts;

namespace Certwatch.Cli.Json;

/// <summary>Finding and ClientVerdict → JSON shapes.</summary>
public static class FindingMapper
{
    public static FindingDto Map(Finding finding) => new(
        finding.Id,
        JsonNames.Severity(finding.Severity),
        finding.Title,
        finding.Detail,
        finding.Evidence,
        finding.Fix is { } fix ? new FixDto(fix.Summary, fix.Lines.Select(l => new ConfigLineDto(l.Server, l.Line)).ToList()) : null,
        finding.Address);

    public static VerdictDto Map(ClientVerdict verdict) => new(
        JsonNames.Client(verdict.Client),
        verdict.ClientName,
        verdict.Accepted,
        verdict.ErrorCode,
        verdict.Message,
        verdict.Bypassable,
        verdict.Reason)
    {
        Summary = verdict.Summary,
    };
}
