using System.Text.Json;
using Certwatch.Cli.Tests.Scan.RealServers;
using Certwatch.Core.Findings;

namespace Certwatch.Cli.Tests.Scan;

/// <summary>The real certwatch executable scanning real nginx, openssl s_server and gnutls-serv: it must report exactly what each enables.</summary>
public sealed class RealServerScanTests(RealServerScanFixture servers) : IClassFixture<RealServerScanFixture>
{
    [Fact]
    public void WeakNginx_Protocols_ExactlyTls10To12()
    {
        servers.WeakNginx.SupportedProtocols.ShouldBe(["TLSv1.0", "TLSv1.1", "TLSv1.2"], servers.WeakNginx.ToString());
    }

    [Fact]
    public void WeakNginx_Tls12Suites_ExactlyTheConfiguredListInServerOrder()
    {
        servers.WeakNginx.SuiteNames("TLSv1.2").ShouldBe(
        [
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
            "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
            "TLS_RSA_WITH_AES_128_CBC_SHA",
        ]);
        servers.WeakNginx.ServerOrder("TLSv1.2").ShouldBeTrue();
    }

    [Fact]
    public void WeakNginx_Tls10Suites_WithoutTheTls12OnlyGcmSuite()
    {
        servers.WeakNginx.SuiteNames("TLSv1.0").ShouldBe(
            ["TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA"]);
    }

    [Fact]
    public void WeakNginx_DheSuite_Reports1024BitGroup()
    {
        var dhe = servers.WeakNginx.Suites("TLSv1.2").Single(s => s.GetProperty("keyExchange").GetString() == "dhe");

        dhe.GetProperty("dhBits").GetInt32().ShouldBe(1024);
    }

    [Theory]
    [InlineData(FindingIds.VulnLogjam)]
    [InlineData(FindingIds.VulnBeast)]
    [InlineData(FindingIds.VulnLucky13)]
    public void WeakNginx_Findings_IncludeWhatTheConfigurationImplies(string id)
    {
        servers.WeakNginx.FindingIds.ShouldContain(id);
    }

    [Fact]
    public void WeakNginx_Grade_CappedAtBForOldProtocolsAndWeakDh()
    {
        servers.WeakNginx.Grade.ShouldBe("B");
        servers.WeakNginx.CapGrades.ShouldContain("B");
        servers.WeakNginx.Run.ExitCode.ShouldBe(1);
    }

    [Theory]
    [InlineData("heartbleed")]
    [InlineData("ccsInjection")]
    [InlineData("robot")]
    public void WeakNginx_ActiveProbes_NotVulnerable(string probe)
    {
        var outcome = servers.WeakNginx.Probe(probe);

        outcome.GetProperty("status").GetString().ShouldBe("completed");
        outcome.GetProperty("value").GetProperty("vulnerable").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void StrongNginx_OnlyTls13WithItsThreeDefaultSuites()
    {
        servers.StrongNginx.SupportedProtocols.ShouldBe(["TLSv1.3"], servers.StrongNginx.ToString());
        servers.StrongNginx.SuiteNames("TLSv1.3").Order(StringComparer.Ordinal).ShouldBe(
            ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"]);
    }

    [Fact]
    public void StrongNginx_RsaKey_Tls13SignatureSchemesAreTheThreeRsaPssRsae()
    {
        var tls13 = servers.StrongNginx.Probe("tls13SignatureAlgorithms");

        tls13.GetProperty("status").GetString().ShouldBe("completed", tls13.ToString());
        tls13.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["rsa_pss_rsae_sha256", "rsa_pss_rsae_sha384", "rsa_pss_rsae_sha512"]);
        servers.StrongNginx.Probe("signatureAlgorithms").GetProperty("status").GetString().ShouldBe("skipped");
    }

    [Fact]
    public void StrongNginx_WithHsts_GradesAPlusWithoutVulnerabilities()
    {
        servers.StrongNginx.Grade.ShouldBe("A+", servers.StrongNginx.ToString());
        servers.StrongNginx.CapGrades.ShouldBeEmpty();
        servers.StrongNginx.FindingIds.ShouldNotContain(id => id.StartsWith("vuln.", StringComparison.Ordinal));
    }

    [Fact]
    public void OpenSslServer_Tls12Only_TwoSuitesInServerOrder()
    {
        servers.OpenSsl.SupportedProtocols.ShouldBe(["TLSv1.2"], servers.OpenSsl.ToString());
        servers.OpenSsl.SuiteNames("TLSv1.2").ShouldBe(["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_256_CBC_SHA256"]);
        servers.OpenSsl.ServerOrder("TLSv1.2").ShouldBeTrue();
    }

    [Fact]
    public void GnuTls_Protocols_Tls11And12()
    {
        servers.GnuTls.SupportedProtocols.ShouldBe(["TLSv1.1", "TLSv1.2"], servers.GnuTls.ToString());
    }

    [Fact]
    public void GnuTls_Offers3Des_ReportsSweet32AndCapsAtC()
    {
        servers.GnuTls.SuiteNames("TLSv1.2").ShouldContain("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
        servers.GnuTls.FindingIds.ShouldContain(FindingIds.VulnSweet32);
        servers.GnuTls.CapGrades.ShouldContain("C");
        servers.GnuTls.Grade.ShouldBe("C");
    }

    [Fact]
    public void GnuTls_Tls11Suites_OnlyTheNonAeadOnes()
    {
        servers.GnuTls.SuiteNames("TLSv1.1").ShouldAllBe(name => !name.Contains("GCM", StringComparison.Ordinal));
        servers.GnuTls.SuiteNames("TLSv1.1").ShouldContain("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");
    }

    [Fact]
    public void AllReports_ConformToThePublishedScanSchema()
    {
        foreach (var server in servers.All)
        {
            ScanSchema.Load().Check(JsonDocument.Parse(server.Run.Out).RootElement).ShouldBeEmpty(server.ToString());
        }
    }

    [Fact]
    public void WeakNginx_HumanOutput_SummaryLineNamesGradeAndCaps()
    {
        var run = servers.WeakNginxHuman;
        var lines = run.Out.Split('\n');

        run.ExitCode.ShouldBe(1, run.Error);
        run.LeaksException.ShouldBeFalse();
        lines[0].ShouldStartWith($"WARNING   127.0.0.1:{servers.WeakNginxPort}  grade B  (capped: B: ");
        lines.ShouldContain(l => l.Contains("TLS_DHE_RSA_WITH_AES_128_CBC_SHA", StringComparison.Ordinal) && l.Contains("weak: DH 1024 bits", StringComparison.Ordinal));
        lines.ShouldContain(l => l.TrimStart().StartsWith("TLSv1.0  offered", StringComparison.Ordinal));
    }
}
