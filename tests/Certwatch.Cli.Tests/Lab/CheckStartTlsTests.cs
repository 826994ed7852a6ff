using System.Text.Json;
using Certwatch.Cli.Tests.Fixtures;
using Certwatch.Core.Targets;
using Certwatch.TestKit.Servers.StartTls;

namespace Certwatch.Cli.Tests.Lab;

/// <summary><c>certwatch check</c> on STARTTLS targets: by URL scheme and by <c>--starttls</c>.</summary>
[Collection("lab")]
public class CheckStartTlsTests(LabFixture lab)
{
    [Theory]
    [InlineData("smtp", StartTlsProtocol.Smtp, "SMTP")]
    [InlineData("imap", StartTlsProtocol.Imap, "IMAP")]
    [InlineData("pop3", StartTlsProtocol.Pop3, "POP3")]
    [InlineData("ldap", StartTlsProtocol.Ldap, "LDAP")]
    [InlineData("postgres", StartTlsProtocol.Postgres, "PostgreSQL")]
    public async Task Check_StartTlsScheme_ExitsOkWithTheSameVerdictsAsHttps(string scheme, StartTlsProtocol protocol, string display)
    {
        await using var server = Start(protocol, StartTlsBehavior.Upgrades);

        var run = await CliRun.InProcessAsync("check", $"{scheme}://localhost:{server.Port}", "--ca-file", lab.CaFile);

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldStartWith($"OK        localhost:{server.Port}  certificate valid, ");
        run.Out.ShouldContain($"after {display} STARTTLS  TLSv1.3");
        run.Out.ShouldContain("Chrome: OK · Firefox: OK · Safari: OK · curl: OK · Go: OK · Java: OK");
    }

    [Theory]
    [InlineData("smtp", StartTlsProtocol.Smtp)]
    [InlineData("ldap", StartTlsProtocol.Ldap)]
    [InlineData("postgres", StartTlsProtocol.Postgres)]
    public async Task Check_StartTlsSchemeServingIncompleteChain_SameFindingAndClientErrorsAsHttps(string scheme, StartTlsProtocol protocol)
    {
        await using var server = StartTlsLabServer.Start(protocol, StartTlsBehavior.Upgrades, lab.Host.Lab.Pki.Leaf("localhost").Certificate, []);

        var run = await CliRun.InProcessAsync("check", $"{scheme}://localhost:{server.Port}", "--ca-file", lab.CaFile, "--no-fetch");

        run.ExitCode.ShouldBe(2, run.Out + run.Error);
        run.Out.ShouldContain("chain.incomplete: Intermediate certificate 'Certwatch Lab Issuing CA' is not sent");
        run.Out.ShouldContain("curl: (60) SSL certificate problem: unable to get local issuer certificate");
        run.Out.ShouldContain("x509: certificate signed by unknown authority");
    }

    [Fact]
    public async Task Check_StartTlsOption_RunsTheDialogueOnAnyPort()
    {
        await using var server = Start(StartTlsProtocol.Pop3, StartTlsBehavior.Upgrades);

        var run = await CliRun.InProcessAsync("check", $"localhost:{server.Port}", "--starttls", "pop3", "--ca-file", lab.CaFile);

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
    }

    [Fact]
    public async Task Check_SmtpWithoutStartTls_ExitsWarningAndNamesTheCapabilities()
    {
        await using var server = Start(StartTlsProtocol.Smtp, StartTlsBehavior.NotOffered);

        var run = await CliRun.InProcessAsync("check", $"smtp://localhost:{server.Port}", "--ca-file", lab.CaFile);

        run.ExitCode.ShouldBe(1, run.Out + run.Error);
        run.Out.ShouldContain("the SMTP server does not offer STARTTLS (EHLO capabilities: PIPELINING, SIZE 10240000, 8BITMIME)");
        run.LeaksException.ShouldBeFalse();
    }

    [Theory]
    [InlineData(StartTlsBehavior.Upgrades, "ready")]
    [InlineData(StartTlsBehavior.NotOffered, "notOffered")]
    public async Task Check_StartTlsJson_RecordsTheDialogueAndConformsToSchema(StartTlsBehavior behavior, string outcome)
    {
        await using var server = Start(StartTlsProtocol.Smtp, behavior);

        var run = await CliRun.InProcessAsync("check", $"smtp://localhost:{server.Port}", "--ca-file", lab.CaFile, "--json");

        var json = JsonDocument.Parse(run.Out).RootElement;
        SchemaChecker.Load().Check(json).ShouldBeEmpty();
        var dialogue = json.GetProperty("targets")[0].GetProperty("addresses")[0].GetProperty("handshake").GetProperty("startTls");
        dialogue.GetProperty("protocol").GetString().ShouldBe("smtp");
        dialogue.GetProperty("outcome").GetString().ShouldBe(outcome);
        dialogue.GetProperty("banner").GetString().ShouldBe("220-lab.test ESMTP certwatch lab");
    }

    private StartTlsLabServer Start(StartTlsProtocol protocol, StartTlsBehavior behavior) =>
        StartTlsLabServer.Start(protocol, behavior, lab.Host.Lab.Pki.Leaf("localhost").Certificate, [lab.Host.Lab.Pki.Intermediate.Certificate]);
}
