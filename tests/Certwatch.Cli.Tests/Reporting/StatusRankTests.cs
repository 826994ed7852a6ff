using Certwatch.Cli.Reporting;
using Certwatch.Core.Findings;

namespace Certwatch.Cli.Tests.Reporting;

public class StatusRankTests
{
    [Theory]
    [InlineData(new[] { CheckStatus.Ok, CheckStatus.Ok }, CheckStatus.Ok)]
    [InlineData(new[] { CheckStatus.Ok, CheckStatus.Warning }, CheckStatus.Warning)]
    [InlineData(new[] { CheckStatus.Warning, CheckStatus.Unknown }, CheckStatus.Unknown)]
    [InlineData(new[] { CheckStatus.Unknown, CheckStatus.Critical, CheckStatus.Ok }, CheckStatus.Critical)]
    [InlineData(new CheckStatus[0], CheckStatus.Unknown)]
    public void Worst_Statuses_RanksOkWarningUnknownCritical(CheckStatus[] statuses, CheckStatus expected) =>
        StatusRank.Worst(statuses).ShouldBe(expected);

    [Fact]
    public void ExitCode_CriticalAndUnknownTargets_Is2()
    {
        var run = Fixtures.SampleRuns.Of(
            TargetResult.Invalid("bad target", "invalid target"),
            TargetResult.Checked(Fixtures.SampleReports.Report("a.example", 443, 3, CheckStatus.Critical)));
        run.ExitCode.ShouldBe(2);
    }
}
