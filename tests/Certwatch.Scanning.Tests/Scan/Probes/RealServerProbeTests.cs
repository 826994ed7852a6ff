using Certwatch.Scanning.Scan;
using Certwatch.Tls.Wire;
using Xunit.Abstractions;

namespace Certwatch.Scanning.Tests.Scan.Probes;

/// <summary>What the probes find on real servers is what those servers were configured to enable.</summary>
public sealed class RealServerProbeTests(RealServersFixture servers, ITestOutputHelper output) : IClassFixture<RealServersFixture>
{
    [Fact]
    public void AllServers_ScanWithinBoundsOnLoopback()
    {
        foreach (var (name, facts) in new[] { ("s_server two suites", servers.TwoSuites), ("s_server TLS 1.3", servers.Tls13Only), ("s_server legacy", servers.Legacy), (".NET lab", servers.Lab) })
        {
            output.WriteLine($"{name}: {facts.Elapsed.TotalMilliseconds:0} ms, {facts.Connections} connections");
            output.WriteLine($"  protocols {facts.Protocols.Elapsed.TotalMilliseconds:0} ciphers {facts.Ciphers.Elapsed.TotalMilliseconds:0} groups {facts.Groups.Elapsed.TotalMilliseconds:0} sig {facts.SignatureAlgorithms.Elapsed.TotalMilliseconds:0} sig13 {facts.Tls13SignatureAlgorithms.Elapsed.TotalMilliseconds:0} alpn {facts.Alpn.Elapsed.TotalMilliseconds:0} feat {facts.Resumption.Elapsed.TotalMilliseconds:0} hb {facts.Heartbleed.Elapsed.TotalMilliseconds:0} ccs {facts.CcsInjection.Elapsed.TotalMilliseconds:0} fb {facts.FallbackScsv.Elapsed.TotalMilliseconds:0} comp {facts.Compression.Elapsed.TotalMilliseconds:0}");
            facts.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15), name); // cold (first use of OpenSSL, JIT) and four scans at once
        }
    }

    [Fact]
    public void TwoSuiteServer_Tls12Only_FindsExactlyTheTwoConfiguredSuites()
    {
        var facts = servers.TwoSuites;

        Supported(facts).ShouldBe([ProtocolVersion.Tls12]);
        var tls12 = facts.Ciphers.Value!.ShouldHaveSingleItem();
        tls12.Suites.Select(s => s.Suite.OpenSslName).ShouldBe(["ECDHE-RSA-AES128-SHA", "AES256-SHA"], ignoreOrder: true);
        tls12.Suites.First(s => s.Suite.KeyExchange == KeyExchange.Ecdhe).Group.ShouldNotBeNull();
        tls12.Error.ShouldBeNull();
    }

    [Fact]
    public void Tls13OnlyServer_FindsItsSuitesGroupsAndSkipsTls12Facts()
    {
        var facts = servers.Tls13Only;

        Supported(facts).ShouldBe([ProtocolVersion.Tls13]);
        facts.Ciphers.Value!.ShouldHaveSingleItem().Suites.Select(s => s.Suite.IanaName)
            .ShouldBe(["TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_256_GCM_SHA384"], ignoreOrder: true);
        facts.Groups.Value!.Groups.ShouldBe([NamedGroup.Secp384r1, NamedGroup.X25519], ignoreOrder: true);
        facts.OcspStapling.Status.ShouldBe(ProbeStatus.Skipped);
        facts.FallbackScsv.Status.ShouldBe(ProbeStatus.Skipped);
        facts.Alpn.Value!.Protocols.ShouldBe(["h2", "http/1.1"]); // seen through a completed TLS 1.3 handshake
    }

    [Fact]
    public void Tls13Servers_RsaKey_AcceptExactlyTheRsaPssRsaeSchemesInTls13()
    {
        foreach (var (name, facts) in new[] { ("s_server TLS 1.3", servers.Tls13Only), ("s_server legacy", servers.Legacy) })
        {
            facts.Tls13SignatureAlgorithms.Status.ShouldBe(ProbeStatus.Completed, $"{name}: {facts.Tls13SignatureAlgorithms.Reason}");
            facts.Tls13SignatureAlgorithms.Value!.ShouldBe([SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPssRsaeSha512], name);
        }

        servers.Tls13Only.SignatureAlgorithms.Status.ShouldBe(ProbeStatus.Skipped);
        servers.TwoSuites.Tls13SignatureAlgorithms.Status.ShouldBe(ProbeStatus.Skipped);
    }

    [Fact]
    public void LegacyServer_ReportsOldProtocolsServerOrderAndTls12Features()
    {
        var facts = servers.Legacy;

        Supported(facts).ShouldBe([ProtocolVersion.Tls10, ProtocolVersion.Tls11, ProtocolVersion.Tls12, ProtocolVersion.Tls13]);
        var tls12 = facts.Ciphers.Value!.First(c => c.Version == ProtocolVersion.Tls12);
        tls12.ServerOrder.ShouldBeTrue();
        tls12.Suites[0].Suite.OpenSslName.ShouldBe("ECDHE-RSA-AES256-GCM-SHA384");
        var names = tls12.Suites.Select(s => s.Suite.OpenSslName).ToList();
        names.ShouldContain("NULL-SHA256");
        names.ShouldContain("ADH-AES128-SHA");
        names.ShouldContain("AES128-SHA");
        names.ShouldNotContain("ECDHE-ECDSA-AES128-GCM-SHA256"); // no ECDSA certificate
        names.ShouldNotContain("PSK-AES128-CBC-SHA"); // no PSK configured
        tls12.Suites.Where(s => s.Suite.KeyExchange == KeyExchange.Dhe).ShouldAllBe(s => s.DhBits >= 1024);
        facts.Ciphers.Value!.First(c => c.Version == ProtocolVersion.Tls10).Suites.ShouldNotContain(s => s.Suite.IsAead);
        facts.OcspStapling.Value!.Response!.Value.ToArray().ShouldBe(RealServersFixture.OcspResponse);
        facts.Renegotiation.Value!.SecureRenegotiation.ShouldBeTrue();
        facts.ExtendedMasterSecret.Value.ShouldBeTrue();
        facts.Compression.Value.ShouldBeFalse();
        facts.FallbackScsv.Value!.Supported.ShouldBeTrue(facts.FallbackScsv.Value.Detail);
        facts.SignatureAlgorithms.Value!.ShouldContain(SignatureScheme.RsaPssRsaeSha256);
        facts.SignatureAlgorithms.Value!.ShouldNotContain(SignatureScheme.EcdsaSecp256r1Sha256);
    }

    [Fact]
    public void RealServers_AreNotVulnerableToHeartbleedOrCcsInjection()
    {
        foreach (var facts in new[] { servers.TwoSuites, servers.Legacy, servers.Lab })
        {
            facts.Heartbleed.Value!.Vulnerable.ShouldBeFalse(facts.Heartbleed.Value.Evidence);
            facts.CcsInjection.Value!.Vulnerable.ShouldBeFalse(facts.CcsInjection.Value.Evidence);
            facts.CcsInjection.Value.Evidence.ShouldContain("unexpected_message");
        }
    }

    [Fact]
    public void RealServers_WithRsaKeyExchangeAreNotRobotOracles_WithoutAreSkipped()
    {
        foreach (var facts in new[] { servers.TwoSuites, servers.Legacy })
        {
            facts.Robot.Status.ShouldBe(ProbeStatus.Completed, facts.Robot.Reason);
            facts.Robot.Value!.Verdict.ShouldBe(RobotVerdict.NotVulnerable, facts.Robot.Value.Evidence);
        }

        servers.TwoSuites.Robot.Value!.Suite.ShouldBe("TLS_RSA_WITH_AES_256_CBC_SHA");
        servers.Tls13Only.Robot.Status.ShouldBe(ProbeStatus.Skipped);
        servers.Tls13Only.Robot.Reason.ShouldBe("no RSA key exchange");
    }

    [Fact]
    public void LabServer_DotNetOnOpenSsl_ReportsTls12And13WithModernDefaults()
    {
        var facts = servers.Lab;

        Supported(facts).ShouldContain(ProtocolVersion.Tls13);
        Supported(facts).ShouldNotContain(ProtocolVersion.Ssl3);
        facts.Alpn.Value!.Protocols.ShouldBe(["http/1.1"]);
        facts.Groups.Value!.Groups.ShouldContain(NamedGroup.X25519);
        facts.Connections.ShouldBeGreaterThan(10);
    }

    private static IReadOnlyList<ProtocolVersion> Supported(ScanFacts facts) =>
        [.. facts.Protocols.Value!.Where(p => p.Supported).Select(p => p.Version)];
}
