using System.Security.Authentication;
using Certwatch.TestKit.RealServers;

namespace Certwatch.Cli.Tests.Scan.RealServers;

public sealed class OpenSslServerTests
{
    [Fact]
    public async Task StartAsync_Tls12Only_ServesChainOverTls12()
    {
        var options = OpenSslServerOptions.For(RealServerChain.Chain) with { Arguments = ["-tls1_2"] };
        await using var server = await OpenSslServer.StartAsync(options);

        var handshake = await LoopbackHandshake.TryAsync(server.Port);

        handshake.ShouldNotBeNull(server.Output);
        handshake.Protocol.ShouldBe(SslProtocols.Tls12);
        handshake.ServedThumbprints.ShouldBe(RealServerChain.ServedThumbprints);
    }

    [Fact]
    public async Task DisposeAsync_RunningServer_KillsProcess()
    {
        var server = await OpenSslServer.StartAsync(OpenSslServerOptions.For(RealServerChain.Chain));
        var pid = server.ProcessId;

        await server.DisposeAsync();

        NginxServerTests.ProcessIsGone(pid).ShouldBeTrue();
    }
}
