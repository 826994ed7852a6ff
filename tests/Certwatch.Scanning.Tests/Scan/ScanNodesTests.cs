using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.Scanning.Tests.Check;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;
using Certwatch.Tls.Probing;

namespace Certwatch.Scanning.Tests.Scan;

/// <summary>scan, like check, compares the nodes behind one name: 127.0.0.1 and 127.0.0.2 on the same port.</summary>
public sealed class ScanNodesTests(StartTlsPkiFixture pki) : IClassFixture<StartTlsPkiFixture>
{
    private static readonly IPAddress Second = IPAddress.Parse("127.0.0.2");

    [Fact]
    public async Task ScanAsync_NodesServeDifferentLeaves_NodesDisagreeNamingBothAddresses()
    {
        var other = pki.Pki.Leaf("localhost", s => s with { NotAfter = StartTlsPkiFixture.Now.AddDays(200) });
        var port = FreeLoopbackPort.Find();
        await using var one = Serve(IPAddress.Loopback, port, [pki.Valid, pki.Pki.Intermediate]);
        await using var two = Serve(Second, port, [other, pki.Pki.Intermediate]);

        var report = await ScanAsync(port);

        report.Addresses.Select(a => a.Address).ShouldBe(["127.0.0.1", "127.0.0.2"]);
        var finding = report.Findings.Single(f => f.Id == FindingIds.NodesDisagree);
        finding.Title.ShouldContain("leaf certificate");
        finding.Evidence.ShouldContain(e => e.StartsWith("127.0.0.2: leaf localhost", StringComparison.Ordinal) && e.Contains(other.Info.SerialNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScanAsync_NodesServeTheSameChain_NoDisagreement()
    {
        var port = FreeLoopbackPort.Find();
        await using var one = Serve(IPAddress.Loopback, port, [pki.Valid, pki.Pki.Intermediate]);
        await using var two = Serve(Second, port, [pki.Valid, pki.Pki.Intermediate]);

        var report = await ScanAsync(port);

        report.Addresses.Count.ShouldBe(2);
        report.Findings.ShouldNotContain(f => f.Id == FindingIds.NodesDisagree);
    }

    private async Task<ScanReport> ScanAsync(int port)
    {
        var runner = new ScanRunner(new FixedResolver(IPAddress.Loopback, Second), TimeProvider.System) { Random = ProbeRandom.Seeded(9) };
        var target = new Target($"localhost:{port}", "localhost", port, "localhost", null, null);
        var limits = new ProbeLimits(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));
        return await runner.ScanAsync(target, new ScanOptions(pki.Options, limits, Http: false), CancellationToken.None);
    }

    private static LabTlsServer Serve(IPAddress address, int port, IReadOnlyList<IssuedCertificate> chain) =>
        LabTlsServer.Start(new LabTlsServerOptions(chain[0].Certificate, [.. chain.Skip(1).Select(c => c.Certificate)]) { Address = address, Port = port });
}
