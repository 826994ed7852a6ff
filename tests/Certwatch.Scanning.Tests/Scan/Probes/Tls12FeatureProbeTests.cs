using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class Tls12FeatureProbeTests
{
    [Fact]
    public async Task RunAsync_EverythingEnabled_ReportsEachEchoInOneConnection()
    {
        byte[] staple = [0x30, 0x03, 0x0A, 0x01, 0x00];
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig
        {
            Versions = [ProtocolVersion.Tls12], HeartbeatExtension = true, OcspStaple = staple,
        });
        using var harness = ProbeHarness.For(server);

        var features = await Tls12FeatureProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);

        features.Resumption.Value.ShouldBe(new ResumptionSupport(true, true));
        features.OcspStapling.Value!.Stapled.ShouldBeTrue();
        features.OcspStapling.Value.Response!.Value.ToArray().ShouldBe(staple);
        features.Renegotiation.Value!.SecureRenegotiation.ShouldBeTrue();
        features.ExtendedMasterSecret.Value.ShouldBeTrue();
        features.HeartbeatExtension.Value.ShouldBeTrue();
        server.Connections.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_NothingEnabled_ReportsEachAbsent()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig
        {
            Versions = [ProtocolVersion.Tls10], SecureRenegotiation = false, ExtendedMasterSecret = false, SessionIds = false, SessionTickets = false,
        });
        using var harness = ProbeHarness.For(server);

        var features = await Tls12FeatureProbe.RunAsync(harness.Context, [ProtocolVersion.Tls10], CancellationToken.None);

        features.Resumption.Value.ShouldBe(new ResumptionSupport(false, false));
        features.OcspStapling.Value!.Stapled.ShouldBeFalse();
        features.OcspStapling.Value.Protocol.ShouldBe(ProtocolVersion.Tls10);
        features.Renegotiation.Value!.SecureRenegotiation.ShouldBeFalse();
        features.ExtendedMasterSecret.Value.ShouldBeFalse();
        features.HeartbeatExtension.Value.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_Tls13Only_SkipsStaplingWithReason()
    {
        using var harness = ProbeHarness.For(1);

        var features = await Tls12FeatureProbe.RunAsync(harness.Context, [ProtocolVersion.Tls13], CancellationToken.None);

        features.OcspStapling.Status.ShouldBe(ProbeStatus.Skipped);
        features.OcspStapling.Reason!.ShouldContain("encrypted Certificate message");
        features.Renegotiation.Status.ShouldBe(ProbeStatus.Skipped);
    }

    [Fact]
    public async Task RunAsync_ServerAlerts_FailsEveryFactWithTheAnswer()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Behavior = ScriptedBehavior.AlertAlways });
        using var harness = ProbeHarness.For(server);

        var features = await Tls12FeatureProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);

        features.Resumption.Status.ShouldBe(ProbeStatus.Error);
        features.Resumption.Reason.ShouldBe("TLSv1.2 hello with optional extensions: handshake_failure alert");
    }
}
