using System.Diagnostics;
using System.Net.Sockets;
using Certwatch.Core.Targets;
using Certwatch.TestKit.Servers.StartTls;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.StartTls;

namespace Certwatch.Tls.Tests.StartTls;

public sealed class StartTlsDialogueTests(Handshake.LabChainFixture pki) : IClassFixture<Handshake.LabChainFixture>
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ShortStep = TimeSpan.FromMilliseconds(400);

    public static TheoryData<StartTlsProtocol> AllProtocols() =>
    [
        StartTlsProtocol.Smtp, StartTlsProtocol.Imap, StartTlsProtocol.Pop3, StartTlsProtocol.Ftp,
        StartTlsProtocol.Ldap, StartTlsProtocol.Postgres, StartTlsProtocol.Xmpp, StartTlsProtocol.Nntp, StartTlsProtocol.Sieve, StartTlsProtocol.MySql,
    ];

    public static TheoryData<StartTlsProtocol> LineProtocols() =>
        [StartTlsProtocol.Smtp, StartTlsProtocol.Imap, StartTlsProtocol.Pop3, StartTlsProtocol.Ftp, StartTlsProtocol.Nntp, StartTlsProtocol.Sieve];

    public static TheoryData<StartTlsProtocol> ProtocolsWithPasswords() =>
        [StartTlsProtocol.Smtp, StartTlsProtocol.Imap, StartTlsProtocol.Pop3, StartTlsProtocol.Xmpp, StartTlsProtocol.Nntp, StartTlsProtocol.Sieve];

    [Theory]
    [MemberData(nameof(AllProtocols))]
    public async Task RunAsync_ServerUpgrades_ReturnsReady(StartTlsProtocol protocol)
    {
        var result = await RunAsync(protocol, StartTlsBehavior.Upgrades);

        result.Outcome.ShouldBe(StartTlsOutcome.Ready, result.Detail);
        result.Protocol.ShouldBe(protocol);
        result.Detail.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(AllProtocols))]
    public async Task RunAsync_UpgradeNotOffered_ReturnsNotOfferedWithDetail(StartTlsProtocol protocol)
    {
        var result = await RunAsync(protocol, StartTlsBehavior.NotOffered);

        result.Outcome.ShouldBe(StartTlsOutcome.NotOffered, result.Detail);
        result.Detail.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(AllProtocols))]
    public async Task RunAsync_UpgradeRefused_ReturnsRefusedWithReply(StartTlsProtocol protocol)
    {
        var result = await RunAsync(protocol, StartTlsBehavior.Refused);

        result.Outcome.ShouldBe(StartTlsOutcome.Refused, result.Detail);
        result.Detail.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(AllProtocols))]
    public async Task RunAsync_ServerStallsMidDialogue_TimesOutWithinStepTimeout(StartTlsProtocol protocol)
    {
        var clock = Stopwatch.StartNew();

        var result = await RunAsync(protocol, StartTlsBehavior.StallsMidDialogue, ShortStep);

        result.Outcome.ShouldBe(StartTlsOutcome.Timeout, result.Detail);
        result.Detail.ShouldNotBeNull().ShouldContain("400 ms");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }

    [Theory]
    [MemberData(nameof(LineProtocols))]
    public async Task RunAsync_EndlessLines_StopsAtTheReplyBound(StartTlsProtocol protocol)
    {
        // A generous step: the bound under test is the line count, not the clock.
        var result = await RunAsync(protocol, StartTlsBehavior.EndlessLines, TimeSpan.FromSeconds(10));

        result.Outcome.ShouldBe(StartTlsOutcome.ProtocolError, result.Detail);
        result.Detail.ShouldNotBeNull().ShouldStartWith("more than 64 lines");
    }

    [Theory]
    [MemberData(nameof(LineProtocols))]
    public async Task RunAsync_OverlongLine_StopsAtTheLineBound(StartTlsProtocol protocol)
    {
        var result = await RunAsync(protocol, StartTlsBehavior.OverlongLine, TimeSpan.FromSeconds(10));

        result.Outcome.ShouldBe(StartTlsOutcome.ProtocolError, result.Detail);
        result.Detail.ShouldNotBeNull().ShouldStartWith("a line longer than 8 KiB");
    }

    [Theory]
    [MemberData(nameof(ProtocolsWithPasswords))]
    public async Task RunAsync_PasswordAuthBeforeTls_RecordsPlaintextAuth(StartTlsProtocol protocol)
    {
        var result = await RunAsync(protocol, StartTlsBehavior.UpgradesWithPlaintextAuth);

        result.Outcome.ShouldBe(StartTlsOutcome.Ready, result.Detail);
        result.PlaintextAuthOffered.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(ProtocolsWithPasswords))]
    public async Task RunAsync_NoPasswordAuthBeforeTls_RecordsNoPlaintextAuth(StartTlsProtocol protocol)
    {
        var result = await RunAsync(protocol, StartTlsBehavior.Upgrades);

        result.PlaintextAuthOffered.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_SmtpWithoutStartTls_NamesTheEhloCapabilities()
    {
        var result = await RunAsync(StartTlsProtocol.Smtp, StartTlsBehavior.NotOffered);

        result.Banner.ShouldBe("220-lab.test ESMTP certwatch lab");
        result.Capabilities.ShouldBe(["PIPELINING", "SIZE 10240000", "8BITMIME"]);
        result.Detail.ShouldBe("the SMTP server does not offer STARTTLS (EHLO capabilities: PIPELINING, SIZE 10240000, 8BITMIME)");
    }

    [Fact]
    public async Task RunAsync_SmtpRefusesStartTls_QuotesThe454Reply()
    {
        var result = await RunAsync(StartTlsProtocol.Smtp, StartTlsBehavior.Refused);

        result.Detail.ShouldBe("the SMTP server refused STARTTLS: 454 4.7.0 TLS not available due to local problem");
        result.Capabilities.ShouldContain("STARTTLS");
    }

    [Fact]
    public async Task RunAsync_ImapCapabilities_RecordsAtoms()
    {
        var result = await RunAsync(StartTlsProtocol.Imap, StartTlsBehavior.Upgrades);

        result.Banner.ShouldBe("* OK [lab] IMAP ready");
        result.Capabilities.ShouldBe(["IMAP4rev1", "SASL-IR", "STARTTLS", "LOGINDISABLED"]);
    }

    [Fact]
    public async Task RunAsync_LdapUnavailable_NamesTheResultCode()
    {
        var result = await RunAsync(StartTlsProtocol.Ldap, StartTlsBehavior.Refused);

        result.Detail.ShouldBe("the LDAP server refused StartTLS: resultCode 52 (unavailable)");
    }

    [Fact]
    public async Task RunAsync_MySqlGreeting_RecordsVersionAndFlags()
    {
        var result = await RunAsync(StartTlsProtocol.MySql, StartTlsBehavior.NotOffered);

        result.Banner.ShouldBe("MySQL 8.0.36-lab");
        result.Detail.ShouldBe("the MySQL server does not offer TLS (no CLIENT_SSL in its capability flags 0xF7FF)");
    }

    [Fact]
    public async Task RunAsync_MySqlErrorPacket_QuotesTheError()
    {
        var result = await RunAsync(StartTlsProtocol.MySql, StartTlsBehavior.Refused);

        result.Detail.ShouldBe("the MySQL server refused the connection: 1130 Host is not allowed to connect");
    }

    private async Task<StartTlsResult> RunAsync(StartTlsProtocol protocol, StartTlsBehavior behavior, TimeSpan? step = null)
    {
        await using var server = StartTlsLabServer.Start(protocol, behavior, pki.Chain.Leaf.Certificate, [pki.Chain.Intermediate.Certificate]);
        using var client = new TcpClient();
        await client.ConnectAsync(server.EndPoint);
        await using var stream = client.GetStream();
        return await StartTlsDialogue.RunAsync(protocol, stream, "localhost", step ?? Step, CancellationToken.None);
    }
}
