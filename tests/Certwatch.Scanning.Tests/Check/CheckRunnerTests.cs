using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Resolution;
using Certwatch.TestKit.Lab;
using Certwatch.TestKit.Servers;
using Certwatch.Tls.Handshake;

namespace Certwatch.Scanning.Tests.Check;

public sealed class CheckRunnerTests(LabHostFixture lab) : IClassFixture<LabHostFixture>
{
    private readonly CheckRunner _runner = new(new SystemHostResolver(), TimeProvider.System);

    public static TheoryData<string> ScenarioNames() => [.. LabScenarios.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public async Task CheckAsync_LabScenario_ReportsExpectedFindingsAndStatus(string name)
    {
        var endpoint = lab.Host[name];

        var report = await _runner.CheckAsync(endpoint.Target, lab.Options, CancellationToken.None);

        var ids = report.Findings.Select(f => $"{f.Id} ({f.Severity}): {f.Title}").ToList();
        report.Error.ShouldBeNull();
        report.Addresses.ShouldHaveSingleItem().Observation.Outcome.ShouldBe(HandshakeOutcome.Completed);
        endpoint.Scenario.ExpectedFindingIds.ShouldBeSubsetOf(report.Findings.Select(f => f.Id), string.Join("\n", ids));
        report.Status.ShouldBe(endpoint.Scenario.ExpectedStatus, string.Join("\n", ids));
    }

    [Fact]
    public async Task CheckAsync_LabScenario_KeepsServedChainExactly()
    {
        var endpoint = lab.Host["wrong-order"];
        var served = lab.Host.Lab.Build(endpoint.Scenario).All;

        var report = await _runner.CheckAsync(endpoint.Target, lab.Options, CancellationToken.None);

        report.Addresses[0].Served.Select(c => c.Sha256Fingerprint).ShouldBe(served.Select(c => c.Info.Sha256Fingerprint));
    }

    [Fact]
    public async Task CheckAsync_HostSendsHsts_RecordsHeaderAndMakesBrowserErrorsFinal()
    {
        var report = await _runner.CheckAsync(lab.Host["hsts-expired"].Target, lab.Options, CancellationToken.None);

        var address = report.Addresses.ShouldHaveSingleItem();
        address.Observation.Http!.StrictTransportSecurity.ShouldBe("max-age=31536000");
        address.Analysis!.Verdicts.Where(v => !v.Accepted).ShouldNotBeEmpty();
        address.Analysis.Verdicts.ShouldAllBe(v => v.Accepted || !v.Bypassable || !IsBrowser(v.ClientName));
    }

    [Fact]
    public async Task CheckAsync_UnknownHost_ReturnsUnknownWithDnsError()
    {
        var target = new Target("nothing.invalid", "nothing.invalid", 443, "nothing.invalid", null, null);

        var report = await _runner.CheckAsync(target, lab.Options, CancellationToken.None);

        report.Status.ShouldBe(CheckStatus.Unknown);
        report.Error.ShouldBe("cannot resolve 'nothing.invalid': no such host");
        report.Findings.ShouldHaveSingleItem().Id.ShouldBe(FindingIds.DnsFailed);
        report.Addresses.ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckAsync_RefusedPort_ReturnsUnknownWithOneLineError()
    {
        var port = FreeLoopbackPort.Find();
        var target = new Target($"127.0.0.1:{port}", "127.0.0.1", port, null, IPAddress.Loopback, null);

        var report = await _runner.CheckAsync(target, lab.Options, CancellationToken.None);

        report.Status.ShouldBe(CheckStatus.Unknown);
        report.Error.ShouldBe($"127.0.0.1:{port}: connection refused");
        var finding = report.Findings.ShouldHaveSingleItem();
        finding.Id.ShouldBe(FindingIds.TlsConnectFailed);
        finding.Severity.ShouldBe(Severity.Critical);
    }

    [Fact]
    public async Task CheckAsync_PinnedAddress_ProbesOnlyThatAddressWithoutResolving()
    {
        var runner = new CheckRunner(FixedResolver.MustNotBeAsked, TimeProvider.System);

        var report = await runner.CheckAsync(lab.Host["valid"].Target, lab.Options, CancellationToken.None);

        report.Status.ShouldBe(CheckStatus.Ok);
        report.Addresses.ShouldHaveSingleItem().Address.ShouldBe("127.0.0.1");
    }

    [Fact]
    public async Task CheckAsync_OneOfTwoAddressesDown_IsCriticalWithFindingOnThatAddress()
    {
        // 127.0.0.2 is loopback too, but the lab listens on 127.0.0.1 (and ::1) only: a dead node behind the name.
        var runner = new CheckRunner(new FixedResolver(IPAddress.Loopback, IPAddress.Parse("127.0.0.2")), TimeProvider.System);
        var port = lab.Host["valid"].Port;
        var target = new Target($"localhost:{port}", "localhost", port, "localhost", null, null);

        var report = await runner.CheckAsync(target, lab.Options, CancellationToken.None);

        report.Status.ShouldBe(CheckStatus.Critical);
        report.Error.ShouldBeNull();
        report.Addresses.Select(a => a.Observation.Outcome).ShouldBe([HandshakeOutcome.Completed, HandshakeOutcome.ConnectionRefused]);
        var failure = report.Findings.ShouldHaveSingleItem();
        failure.Id.ShouldBe(FindingIds.TlsConnectFailed);
        failure.Address.ShouldBe("127.0.0.2");
    }

    [Fact]
    public async Task CheckAsync_TwoNodesServeTwinsWithOneSerial_ReportsReuseAcrossAddresses()
    {
        var pki = lab.Host.Lab.Pki;
        byte[] serial = [0x0A, 0x0B, 0x0C, 0x0D, 0x01, 0x02, 0x03, 0x04];
        var first = pki.Leaf("localhost", s => s with { SerialNumber = serial });
        // Same issuer and serial, different contents (RSA PKCS#1 v1.5 signing is deterministic: an identical TBS would give the same certificate).
        var second = pki.Leaf("localhost", s => s with { SerialNumber = serial, DnsNames = ["localhost", "node-b.localhost"] });
        await using var nodeA = LabTlsServer.Start(new LabTlsServerOptions(first.Certificate, [pki.Intermediate.Certificate]) { Address = IPAddress.Loopback });
        await using var nodeB = LabTlsServer.Start(new LabTlsServerOptions(second.Certificate, [pki.Intermediate.Certificate]) { Address = IPAddress.Parse("127.0.0.2"), Port = nodeA.Port });
        var runner = new CheckRunner(new FixedResolver(IPAddress.Loopback, IPAddress.Parse("127.0.0.2")), TimeProvider.System);
        var target = new Target($"localhost:{nodeA.Port}", "localhost", nodeA.Port, "localhost", null, null);

        var report = await runner.CheckAsync(target, lab.Options, CancellationToken.None);

        var reuse = report.Findings.Where(f => f.Id == FindingIds.ChainReusedIssuerSerial).ShouldHaveSingleItem();
        reuse.Address.ShouldBeNull();
        report.Status.ShouldBe(CheckStatus.Critical);
    }

    [Fact]
    public async Task CheckAsync_TargetExceedsOverallTimeout_ReturnsUnknownInTime()
    {
        await using var stalling = StallingServer.Start();
        var target = new Target($"127.0.0.1:{stalling.Port}", "127.0.0.1", stalling.Port, null, IPAddress.Loopback, null);
        var options = lab.Options with
        {
            Probe = ProbeOptions.Default with { HandshakeTimeout = TimeSpan.FromSeconds(30) },
            OverallTimeout = TimeSpan.FromMilliseconds(300),
        };

        var report = await _runner.CheckAsync(target, options, CancellationToken.None);

        report.Status.ShouldBe(CheckStatus.Unknown);
        report.Error.ShouldBe($"127.0.0.1:{stalling.Port}: no result within 0.3 s (overall timeout)");
        report.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task CheckAsync_NoAtGiven_ValidatesAtTheTimeProvidersNow()
    {
        var runner = new CheckRunner(new SystemHostResolver(), new FixedTimeProvider(LabHostFixture.Now.AddDays(30)));

        var report = await runner.CheckAsync(lab.Host["expiring-soon"].Target, lab.Options with { At = null }, CancellationToken.None);

        report.ValidationTime.ShouldBe(LabHostFixture.Now.AddDays(30));
        report.Findings.Select(f => f.Id).ShouldContain(FindingIds.CertExpired);
    }

    [Fact]
    public async Task CheckAllAsync_SomeTargetsFail_ChecksTheOthersInInputOrder()
    {
        var refusedPort = FreeLoopbackPort.Find();
        Target[] targets =
        [
            lab.Host["valid"].Target,
            new Target("nothing.invalid", "nothing.invalid", 443, "nothing.invalid", null, null),
            new Target($"127.0.0.1:{refusedPort}", "127.0.0.1", refusedPort, null, IPAddress.Loopback, null),
            lab.Host["expired"].Target,
            lab.Host["ec-p256"].Target,
        ];

        var reports = await _runner.CheckAllAsync(targets, lab.Options with { Concurrency = 2 }, CancellationToken.None);

        reports.Select(r => r.Target).ShouldBe(targets);
        reports.Select(r => r.Status).ShouldBe([CheckStatus.Ok, CheckStatus.Unknown, CheckStatus.Unknown, CheckStatus.Critical, CheckStatus.Ok]);
    }

    private static bool IsBrowser(string clientName) =>
        clientName.Contains("Chrome", StringComparison.Ordinal) || clientName.Contains("Firefox", StringComparison.Ordinal) || clientName.Contains("Safari", StringComparison.Ordinal);
}
