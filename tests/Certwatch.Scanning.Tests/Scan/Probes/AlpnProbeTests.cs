using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class AlpnProbeTests
{
    [Theory]
    [InlineData("h2,http/1.1")]
    [InlineData("http/1.1")]
    [InlineData("")]
    public async Task RunAsync_Tls12Server_ReportsTheProtocolsItSelects(string configured)
    {
        var protocols = configured.Split(',', StringSplitOptions.RemoveEmptyEntries);
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12], Alpn = protocols });
        using var harness = ProbeHarness.For(server);

        var outcome = await AlpnProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);

        outcome.Value!.Protocols.ShouldBe(protocols);
    }
}
