using System.Net;
using Certwatch.Core.Targets;
using Certwatch.TestKit.Servers.StartTls;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.StartTls;

namespace Certwatch.Tls.Tests.StartTls;

/// <summary>TlsHandshakeProbe with a STARTTLS dialogue before the handshake.</summary>
public sealed class StartTlsProbeTests(Handshake.LabChainFixture pki) : IClassFixture<Handshake.LabChainFixture>
{
    private static readonly ProbeOptions Options = new ProbeOptions(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), SendHttpHead: true, TimeSpan.FromSeconds(2))
        with { StartTlsStepTimeout = TimeSpan.FromSeconds(2) };

    [Theory]
    [MemberData(nameof(StartTlsDialogueTests.AllProtocols), MemberType = typeof(StartTlsDialogueTests))]
    public async Task ProbeAsync_ServerUpgrades_CapturesChainAfterDialogueWithoutHttp(StartTlsProtocol protocol)
    {
        await using var server = Start(protocol, StartTlsBehavior.Upgrades);

        var observation = await TlsHandshakeProbe.ProbeAsync(server.EndPoint, "localhost", Options with { StartTls = protocol }, CancellationToken.None);

        observation.Outcome.ShouldBe(HandshakeOutcome.Completed, observation.Error);
        observation.ServedCertificates.Select(Convert.ToHexString).ShouldBe([Convert.ToHexString(pki.Chain.Leaf.Der), Convert.ToHexString(pki.Chain.Intermediate.Der)]);
        observation.StartTls!.Outcome.ShouldBe(StartTlsOutcome.Ready);
        observation.Http.ShouldBeNull();
        observation.Alpn.ShouldBeNull();

        // The client is done once it sent Finished; the server counts when it has read it, a moment later.
        (await WaitForHandshakeAsync(server)).ShouldBe(1);
    }

    [Fact]
    public async Task ProbeAsync_SmtpWithoutStartTls_FailsWithOneLineError()
    {
        await using var server = Start(StartTlsProtocol.Smtp, StartTlsBehavior.NotOffered);

        var observation = await TlsHandshakeProbe.ProbeAsync(server.EndPoint, "localhost", Options with { StartTls = StartTlsProtocol.Smtp }, CancellationToken.None);

        observation.Outcome.ShouldBe(HandshakeOutcome.StartTlsFailed);
        observation.Error.ShouldBe("the SMTP server does not offer STARTTLS (EHLO capabilities: PIPELINING, SIZE 10240000, 8BITMIME)");
        observation.ServedCertificates.ShouldBeEmpty();
        observation.StartTls!.Outcome.ShouldBe(StartTlsOutcome.NotOffered);
    }

    [Fact]
    public async Task ProbeAsync_StartTlsPortWithoutDialogue_ReportsTheGreetingAsNotTls()
    {
        await using var server = Start(StartTlsProtocol.Smtp, StartTlsBehavior.Upgrades);

        var observation = await TlsHandshakeProbe.ProbeAsync(server.EndPoint, "localhost", Options, CancellationToken.None);

        observation.Outcome.ShouldBe(HandshakeOutcome.NotTls);
        observation.StartTls.ShouldBeNull();
        observation.Error.ShouldNotBeNull().ShouldContain("STARTTLS");
    }

    private static async Task<int> WaitForHandshakeAsync(StartTlsLabServer server)
    {
        for (var i = 0; i < 100 && server.HandshakesCompleted == 0; i++)
        {
            await Task.Delay(20);
        }

        return server.HandshakesCompleted;
    }

    private StartTlsLabServer Start(StartTlsProtocol protocol, StartTlsBehavior behavior) =>
        StartTlsLabServer.Start(protocol, behavior, pki.Chain.Leaf.Certificate, [pki.Chain.Intermediate.Certificate]);
}
