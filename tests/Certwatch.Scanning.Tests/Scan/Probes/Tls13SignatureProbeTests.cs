using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class Tls13SignatureProbeTests
{
    [Fact]
    public async Task RunAsync_EcdsaAndRsaCertificates_ReportsExactlyTheSchemesTheyCanSign()
    {
        SignatureScheme[] schemes = [SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPssRsaeSha512];
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls13], Tls13SignatureSchemes = schemes });
        using var harness = ProbeHarness.For(server);

        var outcome = await Tls13SignatureProbe.RunAsync(harness.Context, [ProtocolVersion.Tls13], CancellationToken.None);

        outcome.Status.ShouldBe(ProbeStatus.Completed, outcome.Reason);
        outcome.Value!.ShouldBe(schemes);
        server.Hellos.Count.ShouldBe(Tls13SignatureProbe.Candidates.Count);
    }

    [Fact]
    public async Task RunAsync_OnlyPkcs1Schemes_ReportsNone()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig
        {
            Versions = [ProtocolVersion.Tls13],
            Tls13SignatureSchemes = [SignatureScheme.RsaPkcs1Sha256, SignatureScheme.RsaPkcs1Sha1],
        });
        using var harness = ProbeHarness.For(server);

        var outcome = await Tls13SignatureProbe.RunAsync(harness.Context, [ProtocolVersion.Tls13], CancellationToken.None);

        outcome.Value!.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_SilentServer_FailsNamingTheScheme()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Behavior = ScriptedBehavior.Stall });
        using var harness = ProbeHarness.For(server, ProbeHarness.Limits with { ReadTimeout = TimeSpan.FromMilliseconds(200) });

        var outcome = await Tls13SignatureProbe.RunAsync(harness.Context, [ProtocolVersion.Tls13], CancellationToken.None);

        outcome.Status.ShouldBe(ProbeStatus.Error);
        outcome.Reason!.ShouldStartWith("ecdsa_secp256r1_sha256 alone: ");
    }

    [Fact]
    public async Task RunAsync_NoTls13_SkipsWithoutConnecting()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12] });
        using var harness = ProbeHarness.For(server);

        var outcome = await Tls13SignatureProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);

        outcome.Status.ShouldBe(ProbeStatus.Skipped);
        server.Connections.ShouldBe(0);
    }
}
