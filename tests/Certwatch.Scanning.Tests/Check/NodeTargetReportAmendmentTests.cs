using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;

namespace Certwatch.Scanning.Tests.Check;

/// <summary><see cref="TargetReportAmendment"/>: findings found after the probe raise the status, never lower it.</summary>
public sealed class NodeTargetReportAmendmentTests
{
    [Theory]
    [InlineData(CheckStatus.Ok, Severity.Info, CheckStatus.Ok)]
    [InlineData(CheckStatus.Ok, Severity.Warning, CheckStatus.Warning)]
    [InlineData(CheckStatus.Ok, Severity.Critical, CheckStatus.Critical)]
    [InlineData(CheckStatus.Critical, Severity.Warning, CheckStatus.Critical)]
    [InlineData(CheckStatus.Warning, Severity.Info, CheckStatus.Warning)]
    [InlineData(CheckStatus.Unknown, Severity.Critical, CheckStatus.Unknown)]
    public void With_NewFinding_StatusIsTheWorse(CheckStatus before, Severity added, CheckStatus expected)
    {
        var report = new TargetReport(new Target("a", "a.example", 25, "a.example", null, null), before,
            [], [new Finding("cert.expiring", Severity.Info, "t", "d", [], null)], null, DateTimeOffset.UnixEpoch, TimeSpan.Zero);

        var amended = TargetReportAmendment.With(report, [new Finding(FindingIds.DnsDaneMatch, added, "t", "d", [], null)]);

        amended.Status.ShouldBe(expected);
        amended.Findings.Count.ShouldBe(2);
        amended.Findings[0].Severity.ShouldBe(amended.Findings.Max(f => f.Severity));
    }
}
