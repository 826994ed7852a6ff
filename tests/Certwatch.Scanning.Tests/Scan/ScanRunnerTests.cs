using System.Diagnostics;
using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.Scanning.Tests.Check;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.TestKit.Servers.StartTls;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;
using Certwatch.X509.Trust;
using Xunit.Abstractions;

namespace Certwatch.Scanning.Tests.Scan;

public sealed class ScanRunnerTests(ScanRunnerTests.LabServerFixture lab, ITestOutputHelper output) : IClassFixture<ScanRunnerTests.LabServerFixture>
{
    private readonly ScanRunner _runner = new(FixedResolver.MustNotBeAsked, TimeProvider.System) { Random = ProbeRandom.Seeded(3) };

    [Fact]
    public async Task ScanAsync_LabServer_ReportsCertificateAndProbeFactsWellUnderASecond()
    {
        await _runner.ScanAsync(Target(lab.Server.Port), lab.Options, CancellationToken.None); // warm-up: JIT, key generation
        var watch = Stopwatch.StartNew();

        var report = await _runner.ScanAsync(Target(lab.Server.Port), lab.Options, CancellationToken.None);

        watch.Stop();
        var address = report.Addresses.ShouldHaveSingleItem();
        output.WriteLine($"full scan of 127.0.0.1:{lab.Server.Port}: {watch.Elapsed.TotalMilliseconds:0} ms, {address.Facts.Connections} connections, probes {address.Facts.Elapsed.TotalMilliseconds:0} ms");
        report.Error.ShouldBeNull();
        report.Status.ShouldNotBe(CheckStatus.Unknown);
        address.Certificate.Served.Count.ShouldBe(2);
        address.Facts.Protocols.Value!.Where(p => p.Supported).Select(p => p.Version).ShouldContain(ProtocolVersion.Tls13);
        address.Facts.Ciphers.IsCompleted.ShouldBeTrue();
        address.Facts.Connections.ShouldBeGreaterThan(20);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5)); // ~0.1 s on an idle 2-core machine; the bound allows a loaded CI
    }

    [Fact]
    public async Task ScanAsync_RefusedPort_ReturnsUnknownWithOneLineError()
    {
        var port = FreeLoopbackPort.Find();

        var report = await _runner.ScanAsync(Target(port), lab.Options, CancellationToken.None);

        report.Status.ShouldBe(CheckStatus.Unknown);
        report.Error.ShouldBe($"127.0.0.1:{port}: connection refused");
        report.Addresses.ShouldHaveSingleItem().Facts.Protocols.Status.ShouldBe(ProbeStatus.Error);
    }

    [Fact]
    public async Task ScanAsync_StallingServer_EndsAtOverallTimeout()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Behavior = ScriptedBehavior.Stall });
        var options = lab.Options with { Check = lab.Options.Check with { OverallTimeout = TimeSpan.FromMilliseconds(500) } };
        var watch = Stopwatch.StartNew();

        var report = await _runner.ScanAsync(Target(server.Port), options, CancellationToken.None);

        report.Status.ShouldBe(CheckStatus.Unknown);
        report.Error.ShouldBe($"localhost:{server.Port}: no result within 0.5 s (overall timeout)");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ScanAsync_ScriptedServer_PerHostCapHoldsAndEveryConnectionCarriesOneHello()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls10, ProtocolVersion.Tls12, ProtocolVersion.Tls13] });
        var options = lab.Options with { PerHostConnections = 2 };
        using var connector = new ProbeConnector(options.Limits, options.PerHostConnections, options.GlobalConnections);

        var report = await _runner.ScanAsync(Target(server.Port), options, connector, CancellationToken.None);

        var facts = report.Addresses.ShouldHaveSingleItem().Facts;
        connector.PeakOpen.ShouldBeLessThanOrEqualTo(2);
        facts.Connections.ShouldBe(connector.ConnectionsOpened);
        facts.Connections.ShouldBe(server.Connections - 1); // the certificate check's own handshake is the one more
        facts.Connections.ShouldBe(server.Hellos.Count + server.Ssl2Hellos - 1);
    }

    [Fact]
    public async Task ScanAllAsync_TwoTargets_ReturnsReportsInInputOrder()
    {
        var refused = FreeLoopbackPort.Find();

        var reports = await _runner.ScanAllAsync([Target(lab.Server.Port), Target(refused)], lab.Options, CancellationToken.None);

        reports.Select(r => r.Target.Port).ShouldBe([lab.Server.Port, refused]);
        reports[0].Error.ShouldBeNull();
        reports[1].Status.ShouldBe(CheckStatus.Unknown);
    }

    [Fact]
    public async Task ScanAsync_SmtpStartTls_ProbesThroughTheDialogue()
    {
        await using var server = StartTlsLabServer.Start(StartTlsProtocol.Smtp, StartTlsBehavior.Upgrades, lab.Chain.Leaf.Certificate, [lab.Chain.Intermediate.PublicOnly()]);
        var target = Target(server.Port) with { StartTls = StartTlsProtocol.Smtp };

        var report = await _runner.ScanAsync(target, lab.Options, CancellationToken.None);

        var facts = report.Addresses.ShouldHaveSingleItem().Facts;
        facts.Protocols.Value!.Where(p => p.Supported).Select(p => p.Version).ShouldContain(ProtocolVersion.Tls12);
        facts.Ciphers.Value!.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task ScanAsync_SmtpWithoutStartTls_ReportsTheKnownRefusalNotUnknown()
    {
        await using var server = StartTlsLabServer.Start(StartTlsProtocol.Smtp, StartTlsBehavior.NotOffered, lab.Chain.Leaf.Certificate, []);
        var target = Target(server.Port) with { StartTls = StartTlsProtocol.Smtp };

        var report = await _runner.ScanAsync(target, lab.Options, CancellationToken.None);

        report.Status.ShouldNotBe(CheckStatus.Unknown);
        report.Findings.Select(f => f.Id).ShouldContain(FindingIds.StartTlsNotOffered);
        report.Addresses.ShouldHaveSingleItem().Facts.Protocols.Reason!.ShouldStartWith("SMTP STARTTLS not offered: ");
    }

    private static Target Target(int port) => new($"localhost:{port}", "localhost", port, "localhost", IPAddress.Loopback, null);

    /// <summary>One lab chain and HTTPS server for the class, and scan options trusting its root.</summary>
    public sealed class LabServerFixture : IAsyncLifetime
    {
        public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

        public TestChain Chain { get; } = TestPki.CreateChain("localhost", Now);

        public LabTlsServer Server { get; private set; } = null!;

        public ScanOptions Options => new(
            new CheckOptions(new TrustStore("test root", [Chain.Root.Info]), Now, ExpiryPolicy.Default,
                new ProbeOptions(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), SendHttpHead: false, TimeSpan.FromSeconds(5)),
                OverallTimeout: TimeSpan.FromSeconds(30), Concurrency: 4),
            new ProbeLimits(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)),
            Http: false);

        public Task InitializeAsync()
        {
            Server = LabTlsServer.Start(new LabTlsServerOptions(Chain.Leaf.Certificate, [Chain.Intermediate.PublicOnly()]));
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
