using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.Scanning.Tests.Check;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.RealServers;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.Probing;
using Certwatch.X509.Trust;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan;

/// <summary>A real <c>openssl s_server -status_file</c> staples a response; the whole scan judges it.</summary>
public sealed class OcspStapleScanTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ScanAsync_OpenSslStaplesRevokedResponse_ReportsRevokedStapleAndCriticalFinding()
    {
        var chain = TestPki.CreateChain("localhost", Now);
        var revoked = OcspResponseWriter.Successful(
            OcspResponseWriter.CertId(chain.Leaf, chain.Intermediate), OcspCertStatus.Revoked, Now, chain.Intermediate, includeSigner: false, reason: 1);
        await using var server = await OpenSslServer.StartAsync(OpenSslServerOptions.For(chain) with { StapledResponse = revoked });
        var runner = new ScanRunner(FixedResolver.MustNotBeAsked, TimeProvider.System) { Random = ProbeRandom.Seeded(5) };

        var report = await runner.ScanAsync(
            new Target($"localhost:{server.Port}", "localhost", server.Port, "localhost", IPAddress.Loopback, null), Options(chain), CancellationToken.None);

        var address = report.Addresses.ShouldHaveSingleItem();
        var staple = address.Assessment.OcspStaple.ShouldNotBeNull(server.Output);
        staple.Status.ShouldBe(OcspStapleStatus.Revoked, staple.Detail);
        staple.RevocationReason.ShouldBe("keyCompromise");
        staple.RevokedAt.ShouldBe(Now.AddDays(-1));
        staple.SignedBy.ShouldBe("the issuer 'Certwatch Test Intermediate'");
        var finding = report.Findings.Where(f => f.Id == FindingIds.TlsOcspStaplingRevoked).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Critical);
        report.Status.ShouldBe(CheckStatus.Critical);
    }

    private static ScanOptions Options(TestChain chain) => new(
        new CheckOptions(new TrustStore("test root", [chain.Root.Info]), Now, ExpiryPolicy.Default,
            new ProbeOptions(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), SendHttpHead: false, TimeSpan.FromSeconds(5)),
            OverallTimeout: TimeSpan.FromSeconds(60), Concurrency: 1),
        new ProbeLimits(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)),
        PerHostConnections: 2,
        Http: false);
}
