using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class ProtocolProbeTests
{
    public static TheoryData<ushort[]> VersionSets() => new()
    {
        new ushort[] { 0x0303, 0x0304 },
        new ushort[] { 0x0301, 0x0303 },
        new ushort[] { 0x0300, 0x0301, 0x0302 },
        new ushort[] { 0x0304 },
    };

    [Theory]
    [MemberData(nameof(VersionSets))]
    public async Task RunAsync_ScriptedServer_ReportsExactlyTheEnabledVersions(ushort[] enabled)
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig
        {
            Versions = [.. enabled.Select(v => new ProtocolVersion(v))],
            Suites = [new(0x1301), new(0xC02F), new(0x002F), new(0x000A)],
        });
        using var harness = ProbeHarness.For(server);

        var outcome = await ProtocolProbe.RunAsync(harness.Context, CancellationToken.None);

        outcome.Status.ShouldBe(ProbeStatus.Completed, outcome.Reason);
        outcome.Value!.Where(p => p.Supported).Select(p => p.Version.Value).ShouldBe(enabled, ignoreOrder: true);
        outcome.Value!.Select(p => p.Version).ShouldBe([ProtocolVersion.Ssl3, ProtocolVersion.Tls10, ProtocolVersion.Tls11, ProtocolVersion.Tls12, ProtocolVersion.Tls13]);
        server.Connections.ShouldBe(5);
    }

    [Fact]
    public void WithSsl2_CompletedTlsVersions_PutsSsl2First()
    {
        var tls = Certwatch.Scanning.Scan.ProbeOutcome<IReadOnlyList<ProtocolSupport>>.Completed([new ProtocolSupport(ProtocolVersion.Tls12, true)]);
        var ssl2 = new Ssl2Probe.Result(new ProtocolSupport(ProtocolVersion.Ssl2, false, "connection reset by the server"), [], null);

        var merged = ProtocolProbe.WithSsl2(tls, ssl2);

        merged.Value!.Select(p => p.Version).ShouldBe([ProtocolVersion.Ssl2, ProtocolVersion.Tls12]);
    }

    [Fact]
    public async Task RunAsync_Ssl2Server_ReportsSsl2AndItsCipherKinds()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Ssl2CipherKinds = [Ssl2CipherKind.Rc4128Export40WithMd5] });
        using var harness = ProbeHarness.For(server);

        var ssl2 = await Ssl2Probe.RunAsync(harness.Context, CancellationToken.None);

        ssl2.Support.Supported.ShouldBeTrue();
        ssl2.Kinds.ShouldBe([Ssl2CipherKind.Rc4128Export40WithMd5]);
    }

    [Fact]
    public async Task RunAsync_ServerResetsEveryHello_ReportsNothingSupportedWithReason()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Behavior = ScriptedBehavior.Reset });
        using var harness = ProbeHarness.For(server);

        var outcome = await ProtocolProbe.RunAsync(harness.Context, CancellationToken.None);

        outcome.Value!.ShouldAllBe(p => !p.Supported);
        outcome.Value!.First(p => p.Version == ProtocolVersion.Tls12).Detail.ShouldBe("connection reset by the server");
    }

    [Fact]
    public async Task RunAsync_SilentServer_AsksEachVersionTwiceThenReportsTheTimeout()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Behavior = ScriptedBehavior.Stall });
        using var harness = ProbeHarness.For(server, ProbeHarness.Limits with { ReadTimeout = TimeSpan.FromMilliseconds(300) });

        var outcome = await ProtocolProbe.RunAsync(harness.Context, CancellationToken.None);

        outcome.Value!.ShouldAllBe(p => !p.Supported && p.Detail == "no complete answer within 300 ms");
        server.Connections.ShouldBe(10);
    }

    [Fact]
    public async Task RunAsync_RefusedPort_FailsWithConnectReason()
    {
        using var harness = ProbeHarness.For(FreeLoopbackPort.Find());

        var outcome = await ProtocolProbe.RunAsync(harness.Context, CancellationToken.None);

        outcome.Status.ShouldBe(ProbeStatus.Error);
        outcome.Reason.ShouldBe("connection refused");
    }
}
