using System.Net;
using Certwatch.Core.Targets;
using Certwatch.TestKit.Servers;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.TestKit.Servers.StartTls;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Tests.Handshake;
using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Probing;

public sealed class ProbeConnectorTests(LabChainFixture pki) : IClassFixture<LabChainFixture>
{
    private static readonly ProbeLimits Limits = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));

    [Fact]
    public async Task OpenAsync_RefusedPort_ReturnsFailureAndCountsNothing()
    {
        using var connector = new ProbeConnector(Limits);

        await using var connection = await connector.OpenAsync(new ProbeEndpoint(IPAddress.Loopback, FreeLoopbackPort.Find(), null, StartTlsProtocol.None), CancellationToken.None);

        connection.IsOpen.ShouldBeFalse();
        connection.Failure.ShouldBe("connection refused");
        connector.ConnectionsOpened.ShouldBe(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task OpenAsync_ManyAtOnce_NeverExceedsPerAddressCap(int cap)
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12] });
        using var connector = new ProbeConnector(Limits, perAddress: cap);
        var endpoint = new ProbeEndpoint(IPAddress.Loopback, server.Port, null, StartTlsProtocol.None);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            await using var connection = await connector.OpenAsync(endpoint, CancellationToken.None);
            await HelloExchange.SendAsync(connection.Stream!, ClientHelloBuilder.Build(HelloExchangeTests.Tls12Hello()), Limits, CancellationToken.None);
        }));

        connector.ConnectionsOpened.ShouldBe(12);
        connector.ConnectionsOpenedTo(IPAddress.Loopback).ShouldBe(12);
        connector.PeakOpen.ShouldBeLessThanOrEqualTo(cap);
    }

    [Fact]
    public async Task OpenAsync_GlobalCapSmallerThanPerAddress_BoundsAllAddresses()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12] });
        using var connector = new ProbeConnector(Limits, perAddress: 5, global: 2);
        var endpoint = new ProbeEndpoint(IPAddress.Loopback, server.Port, null, StartTlsProtocol.None);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var connection = await connector.OpenAsync(endpoint, CancellationToken.None);
            await HelloExchange.SendAsync(connection.Stream!, ClientHelloBuilder.Build(HelloExchangeTests.Tls12Hello()), Limits, CancellationToken.None);
        }));

        connector.PeakOpen.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task OpenAsync_StartTlsSmtp_RunsDialogueThenHelloGetsServerHello()
    {
        await using var server = StartTlsLabServer.Start(StartTlsProtocol.Smtp, StartTlsBehavior.Upgrades, pki.Chain.Leaf.Certificate, [pki.Chain.Intermediate.PublicOnly()]);
        using var connector = new ProbeConnector(Limits);

        await using var connection = await connector.OpenAsync(new ProbeEndpoint(IPAddress.Loopback, server.Port, "localhost", StartTlsProtocol.Smtp), CancellationToken.None);
        var flight = await HelloExchange.SendAsync(connection.Stream!, ClientHelloBuilder.Build(HelloExchangeTests.Tls12Hello()), Limits, CancellationToken.None);

        connection.IsOpen.ShouldBeTrue(connection.Failure);
        flight.Answer.Kind.ShouldBe(ServerAnswerKind.ServerHello, flight.Describe());
    }

    [Fact]
    public async Task OpenAsync_StartTlsRefused_ReturnsFailureWithReply()
    {
        await using var server = StartTlsLabServer.Start(StartTlsProtocol.Smtp, StartTlsBehavior.Refused, pki.Chain.Leaf.Certificate, []);
        using var connector = new ProbeConnector(Limits, perAddress: 1);
        var endpoint = new ProbeEndpoint(IPAddress.Loopback, server.Port, "localhost", StartTlsProtocol.Smtp);

        await using (var connection = await connector.OpenAsync(endpoint, CancellationToken.None))
        {
            connection.IsOpen.ShouldBeFalse();
            connection.Failure.ShouldStartWith("SMTP STARTTLS refused: ");
        }

        // The slot of the failed connection was released: a second open does not wait forever.
        using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var again = await connector.OpenAsync(endpoint, quick.Token);
        again.IsOpen.ShouldBeFalse();
    }
}
