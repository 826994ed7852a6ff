using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class CompressionAndFallbackProbeTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CompressionProbe_Server_ReportsWhetherItChoseDeflate(bool compresses)
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12], Compression = compresses });
        using var harness = ProbeHarness.For(server);

        var outcome = await CompressionProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);

        outcome.Value.ShouldBe(compresses);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task FallbackScsvProbe_TwoVersions_ReportsWhetherTheFallbackIsRefused(bool refuses, bool expected)
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls11, ProtocolVersion.Tls12], FallbackScsv = refuses });
        using var harness = ProbeHarness.For(server);

        var outcome = await FallbackScsvProbe.RunAsync(harness.Context, [ProtocolVersion.Tls11, ProtocolVersion.Tls12], CancellationToken.None);

        outcome.Value!.Supported.ShouldBe(expected);
        outcome.Value.Detail.ShouldContain("TLSv1.1");
    }

    [Fact]
    public async Task FallbackScsvProbe_OneVersion_Skips()
    {
        using var harness = ProbeHarness.For(1);

        var outcome = await FallbackScsvProbe.RunAsync(harness.Context, [ProtocolVersion.Tls13], CancellationToken.None);

        outcome.Status.ShouldBe(ProbeStatus.Skipped);
    }
}
