using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class SignatureAlgorithmProbeTests
{
    [Fact]
    public async Task RunAsync_Tls12Server_ReportsExactlyTheSchemesItSignsWith()
    {
        SignatureScheme[] schemes = [SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPkcs1Sha1];
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12], SignatureSchemes = schemes });
        using var harness = ProbeHarness.For(server);

        var outcome = await SignatureAlgorithmProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);

        outcome.Value!.ShouldBe(schemes, ignoreOrder: true);
    }

    [Fact]
    public async Task RunAsync_Tls13Only_SkipsWithReason()
    {
        using var harness = ProbeHarness.For(1);

        var outcome = await SignatureAlgorithmProbe.RunAsync(harness.Context, [ProtocolVersion.Tls13], CancellationToken.None);

        outcome.Status.ShouldBe(ProbeStatus.Skipped);
        outcome.Reason!.ShouldContain("CertificateVerify");
    }
}
