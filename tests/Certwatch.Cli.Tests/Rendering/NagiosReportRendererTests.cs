using Certwatch.Cli.Rendering;
using Certwatch.Cli.Reporting;
using Certwatch.Cli.Tests.Fixtures;
using Certwatch.Core.Findings;

namespace Certwatch.Cli.Tests.Rendering;

public class NagiosReportRendererTests
{
    private static string Render(CheckRun run)
    {
        var output = new StringWriter();
        new NagiosReportRenderer().Render(run, output);
        return output.ToString();
    }

    [Fact]
    public void Render_HealthyTarget_OkLineWithDaysLeftAndPerfdata() =>
        Render(SampleRuns.Healthy()).ShouldBe(
            "SSL OK - ok.example:443: OK, 82 days left | days_left=82;30;7;0 chain_days_left=82;30;7;0 handshake_time=12ms;;;0" + Environment.NewLine);

    [Fact]
    public void Render_BrokenTarget_CriticalLineNamesWorstFinding()
    {
        var line = Render(SampleRuns.Broken());
        line.ShouldStartWith("SSL CRITICAL - localhost:8443: CRITICAL, chain.incomplete: Intermediate 'Lab Intermediate' not sent, 82 days left | ");
        line.ShouldContain("days_left=82;30;7;0");
    }

    [Fact]
    public void Render_SeveralTargets_OneLineWithPrefixedQuotedLabels()
    {
        var run = SampleRuns.Of(
            TargetResult.Checked(SampleReports.Report("localhost", 8443, 82, CheckStatus.Critical, SampleReports.IncompleteChain)),
            TargetResult.Checked(SampleReports.Report("other.example", 443, 20, CheckStatus.Warning)),
            TargetResult.Invalid("bad:port:x", "invalid target 'bad:port:x': 'bad:port:x' is not a valid host name or IP address"));
        var output = Render(run);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        output.ShouldStartWith("SSL CRITICAL - localhost:8443: CRITICAL, chain.incomplete");
        output.ShouldContain("; other.example:443: WARNING, 20 days left; bad:port:x: UNKNOWN, invalid target");
        output.ShouldContain("'localhost:8443 days_left'=82;30;7;0");
        output.ShouldContain("'other.example:443 days_left'=20;30;7;0");
    }

    [Fact]
    public void Render_PipeInFindingTitle_ReplacedSoPerfdataStaysParseable()
    {
        var finding = SampleReports.IncompleteChain with { Title = "a | b\nc" };
        var run = SampleRuns.Of(TargetResult.Checked(SampleReports.Report("x.example", 443, 5, CheckStatus.Critical, finding)));
        var output = Render(run).TrimEnd();
        output.Count(c => c == '|').ShouldBe(1);
        output.ShouldContain("a / b c");
    }

    [Fact]
    public void Render_Unreachable_UnknownWithErrorAndNoDaysPerfdata()
    {
        var output = Render(SampleRuns.Of(TargetResult.Checked(SampleReports.Unreachable("down.example", 443))));
        output.TrimEnd().ShouldBe("SSL UNKNOWN - down.example:443: UNKNOWN, 127.0.0.1: connection refused");
    }
}
