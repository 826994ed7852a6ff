using System.Diagnostics;
using System.Net;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class AddressProbesTests
{
    private static readonly ProbeLimits Short = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), MaxFlightBytes: 32 * 1024);

    [Fact]
    public async Task RunAsync_WeakScriptedServer_FillsEveryFactWithOneConnectionPerHello()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig
        {
            Versions = [ProtocolVersion.Tls10, ProtocolVersion.Tls12],
            Suites = [new(0xC02F), new(0x0033), new(0x000A), new(0x0005)],
            Compression = true, HeartbeatExtension = true, HeartbleedVulnerable = true, AcceptsEarlyCcs = true, FallbackScsv = false,
            SecureRenegotiation = false, Alpn = ["http/1.1"],
        });

        var facts = await RunAsync(server.Port, ProbeHarness.Limits);

        facts.Protocols.Value!.Where(p => p.Supported).Select(p => p.Version).ShouldBe([ProtocolVersion.Tls10, ProtocolVersion.Tls12]);
        facts.Ciphers.Value!.Select(c => c.Version).ShouldBe([ProtocolVersion.Tls12, ProtocolVersion.Tls10]);
        facts.Ciphers.Value![1].Suites.Select(s => s.Suite.Id.Value).ShouldBe(new ushort[] { 0x0033, 0x000A, 0x0005 });
        facts.Compression.Value.ShouldBeTrue();
        facts.FallbackScsv.Value!.Supported.ShouldBeFalse();
        facts.Renegotiation.Value!.SecureRenegotiation.ShouldBeFalse();
        facts.Heartbleed.Value!.Vulnerable.ShouldBeTrue();
        facts.CcsInjection.Value!.Vulnerable.ShouldBeTrue();
        facts.Alpn.Value!.Protocols.ShouldBe(["http/1.1"]);
        facts.Connections.ShouldBe(server.Connections);
        facts.Connections.ShouldBe(server.Hellos.Count + server.Ssl2Hellos);
    }

    [Theory]
    [InlineData(ScriptedBehavior.Reset)]
    [InlineData(ScriptedBehavior.Close)]
    [InlineData(ScriptedBehavior.Garbage)]
    [InlineData(ScriptedBehavior.EndlessBytes)]
    [InlineData(ScriptedBehavior.Stall)]
    [InlineData(ScriptedBehavior.AlertAlways)]
    public async Task RunAsync_HostileServer_ReportsNothingSupportedWithinBounds(ScriptedBehavior behavior)
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Behavior = behavior });
        var watch = Stopwatch.StartNew();

        // Only the stalling server should meet the read timeout; the others answer (badly) at once, so a loaded
        // machine gets more time before a starved read is mistaken for silence.
        var facts = await RunAsync(server.Port, behavior == ScriptedBehavior.Stall ? Short : Short with { ReadTimeout = TimeSpan.FromSeconds(5) });

        facts.Protocols.Status.ShouldBe(ProbeStatus.Completed);
        facts.Protocols.Value!.ShouldAllBe(p => !p.Supported);
        facts.Ciphers.Value!.ShouldBeEmpty();
        facts.Groups.Status.ShouldBe(ProbeStatus.Skipped);
        facts.Heartbleed.Status.ShouldBe(ProbeStatus.Skipped);
        facts.Connections.ShouldBe(behavior == ScriptedBehavior.Stall ? 12 : 6); // a silent server gets each version asked twice
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    private static async Task<ScanFacts> RunAsync(int port, ProbeLimits limits)
    {
        using var connector = new ProbeConnector(limits);
        var endpoint = new ProbeEndpoint(IPAddress.Loopback, port, null, StartTlsProtocol.None);
        return await AddressProbes.RunAsync(connector, endpoint, limits, ProbeRandom.Seeded(5), activeVulnerabilityProbes: true, CancellationToken.None);
    }
}
