using Certwatch.Cli.Rendering;
using Certwatch.Cli.Reporting;
using Certwatch.Cli.Tests.Fixtures;

namespace Certwatch.Cli.Tests.Rendering;

public class HumanReportRendererTests
{
    private static string Render(CheckRun run, TerminalProfile? profile = null)
    {
        var output = new StringWriter();
        new HumanReportRenderer(profile ?? TerminalProfile.Plain).Render(run, output);
        return output.ToString();
    }

    [Fact]
    public void Render_BrokenTarget_StatusLineNamesWorstFindingFirst()
    {
        var text = Render(SampleRuns.Broken());
        text.Split('\n')[0].ShouldBe("CRITICAL  localhost:8443  chain.incomplete: Intermediate 'Lab Intermediate' not sent");
    }

    [Fact]
    public void Render_BrokenTarget_ShowsFixLinesAndClientCodes()
    {
        var text = Render(SampleRuns.Broken());
        text.ShouldContain("fix: Serve the full chain.");
        text.ShouldContain("nginx: ssl_certificate /etc/ssl/fullchain.pem;");
        text.ShouldContain("SEC_ERROR_UNKNOWN_ISSUER");
        text.ShouldContain("evidence: leaf issuer: CN=Lab Intermediate");
    }

    [Fact]
    public void Render_Chain_ShowsCertificateFacts()
    {
        var text = Render(SampleRuns.Healthy());
        text.ShouldContain("#0 ok.example (leaf)");
        text.ShouldContain("#1 Lab Intermediate (CA)");
        text.ShouldContain("(82 days left)");
        text.ShouldContain("EKU: serverAuth");
        text.ShouldContain("Policy: DV");
        text.ShouldContain("SCTs: 2");
        text.ShouldContain("TLSv1.3");
        text.ShouldContain("Path: ok.example → Lab Intermediate → Lab Root (trust anchor) — valid");
    }

    [Fact]
    public void Render_PlainProfile_WritesNoEscapeCodes() =>
        Render(SampleRuns.Broken()).ShouldNotContain("\u001b[");

    [Fact]
    public void Render_AnsiProfile_ColoursTheStatus() =>
        Render(SampleRuns.Broken(), new TerminalProfile(true, true, 120)).ShouldContain("\u001b[");

    [Fact]
    public void Render_InvalidTarget_ShowsUnknownAndReason()
    {
        var text = Render(SampleRuns.Of(TargetResult.Invalid("exa mple", "invalid target 'exa mple'")));
        text.ShouldStartWith("UNKNOWN   exa mple  invalid target 'exa mple'");
    }
}
