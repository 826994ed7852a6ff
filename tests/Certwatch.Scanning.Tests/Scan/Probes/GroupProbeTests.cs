using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class GroupProbeTests
{
    [Fact]
    public async Task RunAsync_Tls13ServerOrder_FindsHybridAndFiniteFieldGroupsInServerOrder()
    {
        NamedGroup[] groups = [NamedGroup.X25519MlKem768, NamedGroup.Secp384r1, NamedGroup.X25519, NamedGroup.Ffdhe3072];
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls13], Groups = groups, ServerOrder = true });
        using var harness = ProbeHarness.For(server);

        var outcome = await GroupProbe.RunAsync(harness.Context, [ProtocolVersion.Tls13], CancellationToken.None);

        outcome.Status.ShouldBe(ProbeStatus.Completed, outcome.Reason);
        outcome.Value!.Groups.ShouldBe(groups);
        outcome.Value.ServerOrder.ShouldBeTrue();
        outcome.Value.Tls13.ShouldBe(groups, ignoreOrder: true);
        outcome.Value.Tls12.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_ClientOrder_ReportsGroupsWithoutServerOrder()
    {
        NamedGroup[] groups = [NamedGroup.Secp521r1, NamedGroup.X25519];
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls13], Groups = groups, ServerOrder = false });
        using var harness = ProbeHarness.For(server);

        var outcome = await GroupProbe.RunAsync(harness.Context, [ProtocolVersion.Tls13], CancellationToken.None);

        outcome.Value!.Groups.ShouldBe(groups, ignoreOrder: true);
        outcome.Value.ServerOrder.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_Tls12Only_FindsCurvesThroughServerKeyExchange()
    {
        NamedGroup[] curves = [NamedGroup.Secp256r1, new(0x001A)];
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12], Groups = curves });
        using var harness = ProbeHarness.For(server);

        var outcome = await GroupProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);

        outcome.Value!.Tls12.ShouldBe(curves, ignoreOrder: true);
        outcome.Value.Groups.ShouldBe(curves);
        outcome.Value.ServerOrder.ShouldBeTrue();
    }
}
