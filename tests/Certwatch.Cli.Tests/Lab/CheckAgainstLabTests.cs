using System.Text.Json;
using System.Text.RegularExpressions;
using Certwatch.Cli.Tests.Fixtures;

namespace Certwatch.Cli.Tests.Lab;

/// <summary><c>certwatch check</c> end to end against the in-process lab servers: real handshakes, real analysis.</summary>
[Collection("lab")]
public class CheckAgainstLabTests(LabFixture lab)
{
    private static Task<CliRun> Check(string[] args) => CliRun.InProcessAsync(["check", .. args]);

    [Fact]
    public async Task Check_ValidScenario_ExitsOkAndSaysSo()
    {
        var run = await Check(lab.CheckArgs("valid"));
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldStartWith($"OK        localhost:{lab.Host["valid"].Port}  certificate valid, ");
        run.Out.ShouldContain("Path: localhost → Certwatch Lab Issuing CA → Certwatch Lab Root (trust anchor) — valid");
    }

    [Fact]
    public async Task Check_IncompleteChain_TableShowsWhatEachClientPrints()
    {
        var run = await Check(lab.CheckArgs("incomplete-chain"));

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("chain.incomplete: Intermediate certificate 'Certwatch Lab Issuing CA' is not sent");
        run.Out.ShouldContain("curl: (60) SSL certificate problem: unable to get local issuer certificate");
        run.Out.ShouldContain("x509: certificate signed by unknown authority");
        run.Out.ShouldContain("SEC_ERROR_UNKNOWN_ISSUER");
        run.Out.ShouldContain("Chrome completes the chain via AIA");
        run.Out.ShouldContain("ssl_certificate /etc/letsencrypt/live/localhost/fullchain.pem;");
    }

    [Fact]
    public async Task Check_Expired_ExitsCriticalAndJsonNamesFirefoxError()
    {
        var run = await Check(lab.CheckArgs("expired", "--json"));
        run.ExitCode.ShouldBe(2);
        var target = JsonDocument.Parse(run.Out).RootElement.GetProperty("targets")[0];
        target.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ShouldContain("cert.expired");
        var firefox = target.GetProperty("addresses")[0].GetProperty("verdicts").EnumerateArray()
            .Single(v => v.GetProperty("client").GetString() == "firefox");
        firefox.GetProperty("errorCode").GetString().ShouldBe("SEC_ERROR_EXPIRED_CERTIFICATE");
    }

    [Fact]
    public async Task Check_ExpiredJson_ConformsToPublishedSchema()
    {
        var run = await Check(lab.CheckArgs("expired", "--json"));
        var json = JsonDocument.Parse(run.Out).RootElement;
        json.GetProperty("schemaVersion").GetString().ShouldBe("1.0");
        SchemaChecker.Load().Check(json).ShouldBeEmpty();
    }

    [Fact]
    public async Task Check_AtDateAfterExpiry_FlipsValidToCritical()
    {
        var leafExpiry = lab.Host.Lab.Build(lab.Host["valid"].Scenario).Leaf.Info.NotAfter;
        var after = leafExpiry.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var run = await Check(lab.CheckArgs("valid", "--at", after, "--format", "nagios"));
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("cert.expired");
    }

    [Fact]
    public async Task Check_AtDateInsideWarningWindow_Warns()
    {
        var leafExpiry = lab.Host.Lab.Build(lab.Host["valid"].Scenario).Leaf.Info.NotAfter;
        var inWindow = leafExpiry.AddDays(-20).ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var run = await Check(lab.CheckArgs("valid", "--at", inWindow, "--format", "nagios"));
        run.ExitCode.ShouldBe(1, run.Out);
        run.Out.ShouldContain("cert.expiring");
    }

    [Fact]
    public async Task Check_NagiosFormat_OneLineWithPerfdata()
    {
        var port = lab.Host["valid"].Port;
        var run = await Check(lab.CheckArgs("valid", "--format", "nagios"));
        run.Out.TrimEnd().ShouldMatch(
            $@"^SSL OK - localhost:{port}: OK, \d+ days left \| days_left=\d+;30;7;0 chain_days_left=-?\d+;30;7;0 handshake_time=\d+ms;;;0$");
    }

    [Fact]
    public async Task Check_SeveralScenarios_ExitCodeIsTheWorstAndEachIsReported()
    {
        string[] args = [$"localhost:{lab.Host["valid"].Port}", $"localhost:{lab.Host["expiring-soon"].Port}", $"localhost:{lab.Host["expired"].Port}",
            "--ca-file", lab.CaFile, "--format", "nagios"];
        var run = await Check(args);
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldStartWith("SSL CRITICAL - ");
        Regex.Matches(run.Out, @"localhost:\d+: (OK|WARNING|CRITICAL)").Count.ShouldBe(3);
    }

    [Fact]
    public async Task Check_ThresholdsAndCriticalDays_ChangeTheVerdict()
    {
        var run = await Check(lab.CheckArgs("expiring-soon", "--thresholds", "60,30", "--critical-days", "25", "--format", "nagios"));
        run.ExitCode.ShouldBe(2, run.Out);
        run.Out.ShouldContain("days_left=19;60;25;0");
    }
}
