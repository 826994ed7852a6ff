using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;
using Certwatch.TestKit.Servers.StartTls;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.StartTls;

namespace Certwatch.Scanning.Tests.Check;

/// <summary>check on STARTTLS targets end to end: the dialogue's findings, and the same chain verdicts as HTTPS.</summary>
public sealed class CheckRunnerStartTlsTests(StartTlsPkiFixture pki) : IClassFixture<StartTlsPkiFixture>
{
    private readonly CheckRunner _runner = new(FixedResolver.MustNotBeAsked, TimeProvider.System);

    public static TheoryData<string, bool> SchemesAndChains()
    {
        var data = new TheoryData<string, bool>();
        foreach (var scheme in new[] { "smtp", "imap", "pop3", "ftp", "ldap", "postgres", "xmpp", "nntp", "sieve", "mysql" })
        {
            data.Add(scheme, true);
            data.Add(scheme, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemesAndChains))]
    public async Task CheckAsync_StartTlsTarget_GivesSameFindingsAndVerdictsAsHttps(string scheme, bool valid)
    {
        var leaf = valid ? pki.Valid : pki.Expired;
        var protocol = StartTlsDefaults.Schemes[scheme].Protocol;
        await using var mail = StartTlsLabServer.Start(protocol, StartTlsBehavior.Upgrades, leaf.Certificate, [pki.Pki.Intermediate.Certificate]);
        await using var https = LabTlsServer.Start(new LabTlsServerOptions(leaf.Certificate, [pki.Pki.Intermediate.Certificate]) { Address = System.Net.IPAddress.Loopback });

        var report = await CheckAsync($"{scheme}://127.0.0.1:{mail.Port}");
        var baseline = await CheckAsync($"https://127.0.0.1:{https.Port}");

        report.Error.ShouldBeNull();
        report.Status.ShouldBe(valid ? CheckStatus.Ok : CheckStatus.Critical);
        report.Status.ShouldBe(baseline.Status);
        report.Findings.Select(f => (f.Id, f.Severity)).ShouldBe(baseline.Findings.Select(f => (f.Id, f.Severity)));
        Verdicts(report).ShouldBe(Verdicts(baseline));
        var address = report.Addresses.ShouldHaveSingleItem();
        address.Observation.StartTls!.Outcome.ShouldBe(StartTlsOutcome.Ready);
        address.Observation.Http.ShouldBeNull();
    }

    [Fact]
    public async Task CheckAsync_SmtpWithoutStartTls_ReportsNotOfferedWithBannerAndCapabilities()
    {
        await using var server = Start(StartTlsProtocol.Smtp, StartTlsBehavior.NotOffered, pki.Valid);

        var report = await CheckAsync($"smtp://127.0.0.1:{server.Port}");

        report.Status.ShouldBe(CheckStatus.Warning);
        report.Error.ShouldBe($"127.0.0.1:{server.Port}: the SMTP server does not offer STARTTLS (EHLO capabilities: PIPELINING, SIZE 10240000, 8BITMIME)");
        var finding = report.Findings.ShouldHaveSingleItem();
        finding.Id.ShouldBe(FindingIds.StartTlsNotOffered);
        finding.Severity.ShouldBe(Severity.Warning); // not on 25/587
        finding.Evidence.ShouldBe(
        [
            "banner: 220-lab.test ESMTP certwatch lab",
            "capabilities: PIPELINING, SIZE 10240000, 8BITMIME",
            "reply: the SMTP server does not offer STARTTLS (EHLO capabilities: PIPELINING, SIZE 10240000, 8BITMIME)",
        ]);
    }

    [Theory]
    [InlineData(StartTlsProtocol.Smtp, 25, Severity.Critical)]
    [InlineData(StartTlsProtocol.Smtp, 587, Severity.Critical)]
    [InlineData(StartTlsProtocol.Imap, 143, Severity.Critical)]
    [InlineData(StartTlsProtocol.Pop3, 110, Severity.Critical)]
    [InlineData(StartTlsProtocol.Smtp, 2525, Severity.Warning)]
    [InlineData(StartTlsProtocol.Ldap, 389, Severity.Warning)]
    public void ForFailure_NotOffered_IsCriticalOnMailPorts(StartTlsProtocol protocol, int port, Severity expected)
    {
        var dialogue = new StartTlsResult(protocol, StartTlsOutcome.NotOffered, "220 hi", [], false, "no STARTTLS");

        var finding = StartTlsFindings.ForFailure(dialogue, port, $"127.0.0.1:{port}", null);

        finding.ShouldNotBeNull().Severity.ShouldBe(expected);
    }

    [Theory]
    [InlineData(StartTlsProtocol.Smtp)]
    [InlineData(StartTlsProtocol.Imap)]
    [InlineData(StartTlsProtocol.Pop3)]
    [InlineData(StartTlsProtocol.Ldap)]
    public async Task CheckAsync_UpgradeRefused_ReportsCriticalRefused(StartTlsProtocol protocol)
    {
        await using var server = Start(protocol, StartTlsBehavior.Refused, pki.Valid);

        var report = await CheckAsync("127.0.0.1:" + server.Port, protocol);

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.Id.ShouldBe(FindingIds.StartTlsRefused);
        finding.Severity.ShouldBe(Severity.Critical);
        report.Status.ShouldBe(CheckStatus.Critical);
        report.Addresses.ShouldHaveSingleItem().Observation.Outcome.ShouldBe(HandshakeOutcome.StartTlsFailed);
    }

    [Theory]
    [InlineData(StartTlsProtocol.Smtp, "capabilities: PIPELINING, SIZE 10240000, AUTH PLAIN LOGIN, STARTTLS, 8BITMIME")]
    [InlineData(StartTlsProtocol.Imap, "capabilities: IMAP4rev1, SASL-IR, STARTTLS, AUTH=PLAIN")]
    [InlineData(StartTlsProtocol.Pop3, "capabilities: TOP, UIDL, USER, STLS")]
    public async Task CheckAsync_PasswordAuthBeforeTls_WarnsNextToTheChainVerdict(StartTlsProtocol protocol, string capabilities)
    {
        await using var server = Start(protocol, StartTlsBehavior.UpgradesWithPlaintextAuth, pki.Valid);

        var report = await CheckAsync("127.0.0.1:" + server.Port, protocol);

        report.Status.ShouldBe(CheckStatus.Warning);
        var finding = report.Findings.ShouldHaveSingleItem();
        finding.Id.ShouldBe(FindingIds.StartTlsPlaintextAuth);
        finding.Evidence.ShouldContain(capabilities);
        report.Addresses[0].Analysis!.Verdicts.ShouldAllBe(v => v.Accepted);
    }

    [Fact]
    public async Task CheckAsync_ServerStallsMidDialogue_FailsWithinTheStepTimeout()
    {
        await using var server = Start(StartTlsProtocol.Imap, StartTlsBehavior.StallsMidDialogue, pki.Valid);
        var options = pki.Options with { Probe = pki.Options.Probe with { HandshakeTimeout = TimeSpan.FromMilliseconds(500) } };
        TargetParser.TryParse($"imap://127.0.0.1:{server.Port}", "localhost", null, out var target, out _).ShouldBeTrue();

        var report = await _runner.CheckAsync(target!, options, CancellationToken.None);

        report.Status.ShouldBe(CheckStatus.Unknown);
        report.Error.ShouldBe($"127.0.0.1:{server.Port}: no complete CAPABILITY reply within 500 ms");
        report.Findings.ShouldHaveSingleItem().Id.ShouldBe(FindingIds.TlsHandshakeFailed);
    }

    private StartTlsLabServer Start(StartTlsProtocol protocol, StartTlsBehavior behavior, IssuedCertificate leaf) =>
        StartTlsLabServer.Start(protocol, behavior, leaf.Certificate, [pki.Pki.Intermediate.Certificate]);

    private async Task<TargetReport> CheckAsync(string input, StartTlsProtocol? startTls = null)
    {
        TargetParser.TryParse(input, "localhost", null, startTls, out var target, out var error).ShouldBeTrue(error);
        return await _runner.CheckAsync(target!, pki.Options, CancellationToken.None);
    }

    private static List<(string, bool, string?)> Verdicts(TargetReport report) =>
        [.. report.Addresses.Single().Analysis!.Verdicts.Select(v => (v.ClientName, v.Accepted, v.ErrorCode))];
}
