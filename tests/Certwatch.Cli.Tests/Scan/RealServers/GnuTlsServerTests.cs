using System.Security.Authentication;
using Certwatch.TestKit.RealServers;

namespace Certwatch.Cli.Tests.Scan.RealServers;

public sealed class GnuTlsServerTests
{
    [Fact]
    public async Task StartAsync_Tls13OnlyPriority_ServesChainOverTls13ThroughTheRelay()
    {
        var options = GnuTlsServerOptions.For(RealServerChain.Chain) with { Priority = "NORMAL:-VERS-ALL:+VERS-TLS1.3" };
        await using var server = await GnuTlsServer.StartAsync(options);

        var handshake = await LoopbackHandshake.TryAsync(server.Port);

        handshake.ShouldNotBeNull(server.Output);
        handshake.Protocol.ShouldBe(SslProtocols.Tls13);
        handshake.ServedThumbprints.ShouldBe(RealServerChain.ServedThumbprints);
    }

    [Fact]
    public async Task StartAsync_UnknownArgument_FailsWithGnuTlsMessage()
    {
        var options = GnuTlsServerOptions.For(RealServerChain.Chain) with { Arguments = ["--no-such-option"] };

        var error = await Should.ThrowAsync<InvalidOperationException>(() => GnuTlsServer.StartAsync(options));

        error.Message.ShouldContain("no-such-option");
    }

    [Fact]
    public async Task DisposeAsync_RunningServer_KillsProcessAndClosesRelay()
    {
        var server = await GnuTlsServer.StartAsync(GnuTlsServerOptions.For(RealServerChain.Chain));
        var pid = server.ProcessId;
        var port = server.Port;

        await server.DisposeAsync();

        NginxServerTests.ProcessIsGone(pid).ShouldBeTrue();
        (await LoopbackHandshake.AcceptsAsync(port)).ShouldBeFalse();
    }
}
