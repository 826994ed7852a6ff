using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;

namespace Certwatch.Scanning.Tests.Check;

/// <summary>Two nodes behind one name — 127.0.0.1 and 127.0.0.2 on the same port — and what a check says when they differ.</summary>
public sealed class NodeDisagreementTests(StartTlsPkiFixture pki) : IClassFixture<StartTlsPkiFixture>
{
    private static readonly IPAddress Second = IPAddress.Parse("127.0.0.2");

    [Fact]
    public async Task CheckAsync_NodesServeDifferentValidLeaves_InfoNamingBothAddresses()
    {
        var other = pki.Pki.Leaf("localhost", s => s with { NotAfter = StartTlsPkiFixture.Now.AddDays(200) });

        var report = await CheckTwoNodesAsync([pki.Valid, pki.Pki.Intermediate], [other, pki.Pki.Intermediate]);

        var finding = report.Findings.Single(f => f.Id == FindingIds.NodesDisagree);
        finding.Severity.ShouldBe(Severity.Info);
        finding.Title.ShouldContain("leaf certificate");
        finding.Evidence.ShouldContain(e => e.StartsWith("127.0.0.1: leaf localhost", StringComparison.Ordinal));
        finding.Evidence.ShouldContain(e => e.StartsWith("127.0.0.2: leaf localhost", StringComparison.Ordinal) && e.Contains(other.Info.SerialNumber, StringComparison.Ordinal));
        report.Status.ShouldBe(CheckStatus.Ok);
    }

    [Fact]
    public async Task CheckAsync_OneNodeHasExpiredIntermediate_WarningAndWorstNodeStatus()
    {
        var expiredCa = pki.Pki.IntermediateCa("CN=Node Two Expired CA, O=Certwatch Lab",
            s => s with { NotBefore = StartTlsPkiFixture.Now.AddYears(-3), NotAfter = StartTlsPkiFixture.Now.AddDays(-10) });
        var leaf = pki.Pki.Leaf("localhost", issuer: expiredCa);

        var report = await CheckTwoNodesAsync([pki.Valid, pki.Pki.Intermediate], [leaf, expiredCa]);

        var finding = report.Findings.Single(f => f.Id == FindingIds.NodesDisagree);
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Evidence.ShouldContain($"{FindingIds.ChainIntermediateExpired} only on 127.0.0.2");
        finding.Evidence.ShouldContain(e => e.StartsWith("127.0.0.1:", StringComparison.Ordinal) && e.EndsWith("no problem", StringComparison.Ordinal));
        report.Findings.ShouldContain(f => f.Id == FindingIds.ChainIntermediateExpired && f.Address == "127.0.0.2");
        report.Status.ShouldBe(CheckStatus.Critical);
    }

    [Fact]
    public async Task CheckAsync_NodesServeTheSameChain_NoDisagreement()
    {
        var report = await CheckTwoNodesAsync([pki.Valid, pki.Pki.Intermediate], [pki.Valid, pki.Pki.Intermediate]);

        report.Findings.ShouldNotContain(f => f.Id == FindingIds.NodesDisagree);
        report.Addresses.Select(a => a.Address).ShouldBe(["127.0.0.1", "127.0.0.2"]);
        report.Status.ShouldBe(CheckStatus.Ok);
    }

    [Fact]
    public async Task CheckAsync_SecondNodeDown_LeftToTheConnectFailureOfThatNode()
    {
        var port = FreeLoopbackPort.Find();
        await using var first = Serve(IPAddress.Loopback, port, [pki.Valid, pki.Pki.Intermediate]);

        var report = await CheckAsync(port);

        report.Findings.ShouldNotContain(f => f.Id == FindingIds.NodesDisagree);
        report.Findings.ShouldContain(f => f.Id == FindingIds.TlsConnectFailed && f.Address == "127.0.0.2");
        report.Status.ShouldBe(CheckStatus.Critical);
    }

    private async Task<TargetReport> CheckTwoNodesAsync(IReadOnlyList<IssuedCertificate> first, IReadOnlyList<IssuedCertificate> second)
    {
        var port = FreeLoopbackPort.Find();
        await using var one = Serve(IPAddress.Loopback, port, first);
        await using var two = Serve(Second, port, second);
        return await CheckAsync(port);
    }

    private async Task<TargetReport> CheckAsync(int port)
    {
        var runner = new CheckRunner(new FixedResolver(IPAddress.Loopback, Second), TimeProvider.System);
        var target = new Target($"localhost:{port}", "localhost", port, "localhost", null, null);
        return await runner.CheckAsync(target, pki.Options, CancellationToken.None);
    }

    private static LabTlsServer Serve(IPAddress address, int port, IReadOnlyList<IssuedCertificate> chain) =>
        LabTlsServer.Start(new LabTlsServerOptions(chain[0].Certificate, [.. chain.Skip(1).Select(c => c.Certificate)]) { Address = address, Port = port });
}
