using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class CipherSuiteProbeTests
{
    private static readonly CipherSuiteId[] Tls12Suites = [new(0xC030), new(0x009F), new(0x002F), new(0xC013), new(0x000A)];

    [Fact]
    public async Task EnumerateAsync_ServerOrder_FindsEverySuiteInServerPreference()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12], Suites = Tls12Suites, ServerOrder = true });
        using var harness = ProbeHarness.For(server);

        var result = await CipherSuiteProbe.EnumerateAsync(harness.Context, ProtocolVersion.Tls12, CancellationToken.None);

        result.Suites.Select(s => s.Suite.Id).ShouldBe(Tls12Suites);
        result.ServerOrder.ShouldBeTrue();
        result.Error.ShouldBeNull();
        server.Connections.ShouldBe(Tls12Suites.Length + 2); // one per suite, the refusal, the reversed offer
    }

    [Fact]
    public async Task EnumerateAsync_ClientOrder_FindsTheSameSuitesAndSaysClientOrder()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12], Suites = Tls12Suites, ServerOrder = false });
        using var harness = ProbeHarness.For(server);

        var result = await CipherSuiteProbe.EnumerateAsync(harness.Context, ProtocolVersion.Tls12, CancellationToken.None);

        result.Suites.Select(s => s.Suite.Id).ShouldBe(Tls12Suites, ignoreOrder: true);
        result.ServerOrder.ShouldBeFalse();
    }

    [Fact]
    public async Task EnumerateAsync_EphemeralSuites_RecordCurveAndDhPrime()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig
        {
            Versions = [ProtocolVersion.Tls12], Suites = [new(0xC030), new(0x009F)], Groups = [NamedGroup.Secp384r1], DhBits = 1024,
        });
        using var harness = ProbeHarness.For(server);

        var result = await CipherSuiteProbe.EnumerateAsync(harness.Context, ProtocolVersion.Tls12, CancellationToken.None);

        result.Suites[0].Group.ShouldBe(NamedGroup.Secp384r1);
        result.Suites[1].DhBits.ShouldBe(1024);
        result.Suites[1].DhGenerator!.Value.ToArray().ShouldBe(new byte[] { 2 });
    }

    [Fact]
    public async Task EnumerateAsync_Tls13_FindsTls13SuitesWithKeyShareGroup()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls13], Suites = [new(0x1303), new(0x1301)] });
        using var harness = ProbeHarness.For(server);

        var result = await CipherSuiteProbe.EnumerateAsync(harness.Context, ProtocolVersion.Tls13, CancellationToken.None);

        result.Suites.Select(s => s.Suite.Id.Value).ShouldBe(new ushort[] { 0x1303, 0x1301 });
        result.Suites.ShouldAllBe(s => s.Group == NamedGroup.X25519);
    }

    [Fact]
    public async Task EnumerateAsync_ServerStalls_RecordsErrorNotException()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Behavior = ScriptedBehavior.Stall });
        using var harness = ProbeHarness.For(server, ProbeHarness.Limits with { ReadTimeout = TimeSpan.FromMilliseconds(300) });

        var result = await CipherSuiteProbe.EnumerateAsync(harness.Context, ProtocolVersion.Tls12, CancellationToken.None);

        result.Suites.ShouldBeEmpty();
        result.Error.ShouldBe("no complete answer within 300 ms");
    }
}
