using System.Text.Json;
using Certwatch.Cli.Rendering;
using Certwatch.Cli.Reporting;
using Certwatch.Cli.Tests.Fixtures;
using Certwatch.Core.Findings;

namespace Certwatch.Cli.Tests.Rendering;

public class JsonReportRendererTests
{
    private static JsonElement Render(CheckRun run)
    {
        var output = new StringWriter();
        new JsonReportRenderer("9.9.9").Render(run, output);
        return JsonDocument.Parse(output.ToString()).RootElement;
    }

    [Fact]
    public void Render_Report_HasVersionedEnvelope()
    {
        var json = Render(SampleRuns.Broken());
        json.GetProperty("schemaVersion").GetString().ShouldBe("1.0");
        json.GetProperty("tool").GetProperty("name").GetString().ShouldBe("certwatch");
        json.GetProperty("tool").GetProperty("version").GetString().ShouldBe("9.9.9");
        json.GetProperty("status").GetString().ShouldBe("critical");
        json.GetProperty("exitCode").GetInt32().ShouldBe(2);
        json.GetProperty("validationTime").GetDateTimeOffset().ShouldBe(SampleReports.Now);
    }

    [Fact]
    public void Render_Finding_HasIdSeverityAndFixLines()
    {
        var finding = Render(SampleRuns.Broken()).GetProperty("targets")[0].GetProperty("findings")[0];
        finding.GetProperty("id").GetString().ShouldBe("chain.incomplete");
        finding.GetProperty("severity").GetString().ShouldBe("critical");
        finding.GetProperty("fix").GetProperty("lines")[0].GetProperty("server").GetString().ShouldBe("nginx");
    }

    [Fact]
    public void Render_Verdicts_UseStableClientNames()
    {
        var verdicts = Render(SampleRuns.Broken()).GetProperty("targets")[0].GetProperty("addresses")[0].GetProperty("verdicts");
        var firefox = verdicts.EnumerateArray().Single(v => v.GetProperty("client").GetString() == "firefox");
        firefox.GetProperty("accepted").GetBoolean().ShouldBeFalse();
        firefox.GetProperty("errorCode").GetString().ShouldBe("SEC_ERROR_UNKNOWN_ISSUER");
    }

    [Fact]
    public void Render_Certificate_CarriesDerAndFacts()
    {
        var leaf = Render(SampleRuns.Healthy()).GetProperty("targets")[0].GetProperty("addresses")[0].GetProperty("certificates")[0];
        Convert.FromBase64String(leaf.GetProperty("der").GetString()!).ShouldBe(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 });
        leaf.GetProperty("daysLeft").GetInt32().ShouldBe(82);
        leaf.GetProperty("validationLevel").GetString().ShouldBe("dv");
        leaf.GetProperty("publicKey").GetProperty("sizeBits").GetInt32().ShouldBe(2048);
    }

    [Fact]
    public void Render_InvalidTarget_ListedWithErrorAndNullHost()
    {
        var target = Render(SampleRuns.Of(TargetResult.Invalid("exa mple", "invalid target"))).GetProperty("targets")[0];
        target.GetProperty("status").GetString().ShouldBe("unknown");
        target.GetProperty("host").ValueKind.ShouldBe(JsonValueKind.Null);
        target.GetProperty("error").GetString().ShouldBe("invalid target");
    }

    public static TheoryData<string> Runs => ["healthy", "broken", "mixed"];

    [Theory]
    [MemberData(nameof(Runs))]
    public void Render_AnyRun_ConformsToPublishedSchema(string name)
    {
        var run = name switch
        {
            "healthy" => SampleRuns.Healthy(),
            "broken" => SampleRuns.Broken(),
            _ => SampleRuns.Of(
                TargetResult.Checked(SampleReports.Unreachable("down.example", 443)),
                TargetResult.Invalid("exa mple", "invalid target"),
                TargetResult.Checked(SampleReports.Report("w.example", 443, 10, CheckStatus.Warning))),
        };
        SchemaChecker.Load().Check(Render(run)).ShouldBeEmpty();
    }
}
