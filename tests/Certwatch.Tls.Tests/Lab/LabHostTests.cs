using System.Net;
using System.Net.Sockets;
using Certwatch.TestKit.Lab;
using Certwatch.Tls.Handshake;

namespace Certwatch.Tls.Tests.Lab;

public sealed class LabHostTests(LabHostFixture lab) : IClassFixture<LabHostFixture>
{
    private static readonly ProbeOptions Options = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), SendHttpHead: true, TimeSpan.FromSeconds(2));

    public static TheoryData<string> ScenarioNames() => [.. LabScenarios.All.Select(s => s.Name)];

    [Fact]
    public void Start_AllScenarios_OneEndpointEachOnItsOwnLoopbackPort()
    {
        lab.Host.Endpoints.Select(e => e.Name).ShouldBe(LabScenarios.All.Select(s => s.Name));
        lab.Host.Endpoints.Select(e => e.Port).ShouldBeUnique();
        lab.Host.Endpoints.ShouldAllBe(e => IPAddress.IsLoopback(e.EndPoint.Address));
        LabScenarios.All.Select(s => s.Name).ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public async Task Start_Scenario_ServesExactlyItsChain(string name)
    {
        var endpoint = lab.Host[name];
        var expected = lab.Host.Lab.Build(endpoint.Scenario);

        var observation = await TlsHandshakeProbe.ProbeAsync(endpoint.EndPoint, endpoint.Target.ServerName, Options with { StartTls = endpoint.Target.StartTls }, CancellationToken.None);

        observation.Outcome.ShouldBe(HandshakeOutcome.Completed, observation.Error);
        observation.ServedCertificates.Select(Convert.ToHexString).ShouldBe(expected.All.Select(c => Convert.ToHexString(c.Der)));
        observation.Http?.StrictTransportSecurity.ShouldBe(expected.StrictTransportSecurity);
    }

    [Fact]
    public void Endpoint_IpScenario_TargetsTheIpWithoutSni()
    {
        var target = lab.Host["ip-san"].Target;

        target.ServerName.ShouldBeNull();
        target.ExpectedName.ShouldBe("127.0.0.1");
        target.PinnedAddress.ShouldBe(IPAddress.Loopback);
    }

    [Fact]
    public void Endpoint_WildcardScenario_AsksForANameUnderTheWildcard()
    {
        var endpoint = lab.Host["wildcard"];

        endpoint.Target.ServerName.ShouldBe("www.lab.localhost");
        endpoint.CheckArguments.ShouldBe($"www.lab.localhost:{endpoint.Port}");
    }

    [Fact]
    public void TrustAnchorPem_IsTheLabRootOnly()
    {
        lab.Host.Lab.TrustAnchorPem.ShouldStartWith("-----BEGIN CERTIFICATE-----");
        lab.Host.Lab.TrustAnchorPem.ShouldBe(lab.Host.Lab.Pki.Root.Pem);
        lab.Host.Lab.TrustStore.Anchors.ShouldHaveSingleItem().Sha256Fingerprint.ShouldBe(lab.Host.Lab.Pki.Root.Info.Sha256Fingerprint);
    }

    [Fact]
    public async Task Start_HostHasIpv6Loopback_ServesOnItToo()
    {
        if (!Socket.OSSupportsIPv6)
        {
            return; // nothing to show on an IPv4-only host
        }

        var endpoint = lab.Host["valid"];

        var observation = await TlsHandshakeProbe.ProbeAsync(new IPEndPoint(IPAddress.IPv6Loopback, endpoint.Port), "localhost", Options, CancellationToken.None);

        observation.Outcome.ShouldBe(HandshakeOutcome.Completed, observation.Error);
        observation.Address.ShouldBe("::1");
    }
}
