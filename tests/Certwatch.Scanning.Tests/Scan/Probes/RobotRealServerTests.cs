using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.RealServers;
using Certwatch.Tls.Wire;
using Xunit.Abstractions;

namespace Certwatch.Scanning.Tests.Scan.Probes;

/// <summary>Patched TLS stacks that accept RSA key exchange: ROBOT must find no oracle on any of them.</summary>
public sealed class RobotRealServerTests(ITestOutputHelper output)
{
    private static readonly TestChain Chain = TestPki.CreateChain("localhost", RealServersFixture.Now);

    [Theory]
    [InlineData("AES128-SHA")]
    [InlineData("AES256-GCM-SHA384")]
    public async Task RunAsync_OpenSsl3RsaKeyExchange_NotVulnerable(string cipher)
    {
        await using var server = await OpenSslServer.StartAsync(new OpenSslServerOptions(Chain.Served) { Arguments = ["-no_tls1_3", "-cipher", cipher] });

        var outcome = await RunAsync(server.Port);

        outcome.Status.ShouldBe(ProbeStatus.Completed, outcome.Reason);
        outcome.Value!.Verdict.ShouldBe(RobotVerdict.NotVulnerable, outcome.Value.Evidence);
        outcome.Value.Suite.ShouldBe(CipherSuiteRegistry.FindByName(cipher) is { } s ? s.IanaName : CipherSuiteRegistry.All.First(s => s.OpenSslName == cipher).IanaName);
    }

    [Fact]
    public async Task RunAsync_GnuTlsRsaKeyExchange_NotVulnerable()
    {
        await using var server = await GnuTlsServer.StartAsync(new GnuTlsServerOptions(Chain.Served)
        {
            Priority = "NORMAL:-VERS-ALL:+VERS-TLS1.2:-KX-ALL:+RSA",
        });

        var outcome = await RunAsync(server.Port);

        outcome.Status.ShouldBe(ProbeStatus.Completed, outcome.Reason);
        outcome.Value!.Verdict.ShouldBe(RobotVerdict.NotVulnerable, outcome.Value.Evidence);
    }

    private async Task<ProbeOutcome<RobotFacts>> RunAsync(int port)
    {
        using var harness = ProbeHarness.For(port);
        var ciphers = await CipherSuiteProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);
        var outcome = await RobotProbe.RunAsync(harness.Context, ciphers, enabled: true, CancellationToken.None);
        output.WriteLine($"{outcome.Status} {outcome.Reason} {outcome.Value?.Suite}: {outcome.Value?.Evidence} ({outcome.Elapsed.TotalMilliseconds:0} ms)");
        return outcome;
    }
}
