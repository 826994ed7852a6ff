using Certwatch.Core.Findings;
using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Assessment;
using Certwatch.Tls.Wire;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>End to end: hand-built probe facts plus a real certificate check, through <see cref="ScanAnalyzer.Assess"/>.</summary>
public sealed class ScanAnalyzerTests
{
    public static TheoryData<string, string[], string[]> FindingCases => new()
    {
        // server, ids that must appear, ids that must not
        { "modern", [FindingIds.TlsProtocolNoTls12], [FindingIds.TlsProtocolNoTls13, FindingIds.TlsCipherNoForwardSecrecy, FindingIds.TlsCipherNoAead, FindingIds.TlsExtendedMasterSecretMissing, FindingIds.TlsRenegotiationNotSecure, FindingIds.VulnLucky13] },
        { "intermediate", [], [FindingIds.TlsProtocolNoTls12, FindingIds.TlsProtocolNoTls13, FindingIds.TlsDhWeak, FindingIds.TlsDhCommonPrime, FindingIds.VulnLogjam, FindingIds.TlsCipherNoForwardSecrecy, FindingIds.VulnLucky13] },
        {
            "weak",
            [FindingIds.TlsProtocolTls10, FindingIds.TlsProtocolTls11, FindingIds.TlsProtocolNoTls13, FindingIds.VulnSweet32, FindingIds.VulnBeast, FindingIds.VulnLucky13, FindingIds.VulnLogjam,
             FindingIds.TlsDhCommonPrime, FindingIds.TlsCipherNoAead, FindingIds.TlsFallbackScsvMissing, FindingIds.TlsExtendedMasterSecretMissing,
             FindingIds.TlsOcspStaplingMissing, FindingIds.TlsHeartbeatEnabled, FindingIds.TlsCipherNoForwardSecrecy],
            [FindingIds.VulnRc4, FindingIds.VulnPoodle, FindingIds.TlsProtocolNoTls12, FindingIds.TlsDhWeak]
        },
        { "ssl3-rc4", [FindingIds.TlsProtocolSsl3, FindingIds.VulnPoodle, FindingIds.VulnRc4, FindingIds.VulnSweet32, FindingIds.TlsProtocolNoTls12, FindingIds.TlsCipherNoForwardSecrecy, FindingIds.TlsCipherNoAead], [FindingIds.VulnFreak] },
        { "export", [FindingIds.VulnFreak, FindingIds.VulnRc4], [FindingIds.TlsCipherWeak, FindingIds.VulnSweet32] },
    };

    [Theory]
    [MemberData(nameof(FindingCases))]
    public void Assess_Server_ReportsItsWeaknesses(string server, string[] present, string[] absent)
    {
        var ids = Assess(server).Findings.Select(f => f.Id).ToList();

        ids.ShouldBe(ids.Distinct());
        present.Where(id => !ids.Contains(id)).ShouldBeEmpty();
        absent.Where(ids.Contains).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_Modern_OnlyTellsWhoCannotConnect()
    {
        var finding = Assess("modern").Findings.ShouldHaveSingleItem();

        finding.Id.ShouldBe(FindingIds.TlsProtocolNoTls12);
        finding.Severity.ShouldBe(Severity.Info);
        finding.Detail.ShouldContain("Java 8");
    }

    [Fact]
    public void Assess_Weak_LogjamNamesTheRfc2409PrimeAndTheSuite()
    {
        var findings = Assess("weak").Findings;

        var common = findings.Single(f => f.Id == FindingIds.TlsDhCommonPrime);
        common.Title.ShouldBe("DHE uses a common 1024-bit prime (RFC 2409 §6.2 Oakley group 2 (1024-bit MODP))");
        common.Evidence.ShouldContain("1024-bit DH prime = modp_1024 (RFC 2409 §6.2 Oakley group 2 (1024-bit MODP)) with TLS_DHE_RSA_WITH_AES_128_CBC_SHA (TLSv1.2)");
        var logjam = findings.Single(f => f.Id == FindingIds.VulnLogjam);
        logjam.Severity.ShouldBe(Severity.Warning);
        logjam.Fix!.Lines.ShouldContain(new ServerConfigLine("nginx", "ssl_dhparam /etc/ssl/ffdhe2048.pem;"));
    }

    [Fact]
    public void Assess_Weak_Sweet32EvidenceListsTheSuiteAndItsVersions()
    {
        var sweet32 = Assess("weak").Findings.Single(f => f.Id == FindingIds.VulnSweet32);

        sweet32.Evidence.ShouldBe(["TLS_RSA_WITH_3DES_EDE_CBC_SHA (TLSv1.2, TLSv1.1, TLSv1.0)"]);
        sweet32.Fix!.Lines.ShouldContain(l => l.Server == "apache" && l.Line.StartsWith("SSLCipherSuite ECDHE-ECDSA-AES128-GCM-SHA256:", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_Weak_Lucky13ListsTheCbcSuitesPerProtocolAndFixesWithAeadSuites()
    {
        var lucky13 = Assess("weak").Findings.Single(f => f.Id == FindingIds.VulnLucky13);

        lucky13.Severity.ShouldBe(Severity.Info);
        lucky13.Title.ShouldBe("CBC-mode cipher suites are offered (LUCKY13, CVE-2013-0169)");
        lucky13.Evidence.ShouldBe(
        [
            "TLSv1.2: ECDHE-RSA-AES128-SHA, DHE-RSA-AES128-SHA, AES128-SHA, DES-CBC3-SHA",
            "TLSv1.1: ECDHE-RSA-AES128-SHA, DHE-RSA-AES128-SHA, AES128-SHA, DES-CBC3-SHA",
            "TLSv1.0: ECDHE-RSA-AES128-SHA, DHE-RSA-AES128-SHA, AES128-SHA, DES-CBC3-SHA",
        ]);
        lucky13.Fix!.Lines.ShouldContain(new ServerConfigLine("nginx", $"ssl_ciphers {ServerConfigFixes.IntermediateCiphers};"));
        ServerConfigFixes.IntermediateCiphers.Split(':').ShouldAllBe(name => name.Contains("GCM", StringComparison.Ordinal) || name.Contains("CHACHA20", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_CbcNextToGcm_Lucky13NamesOnlyTheCbcSuites()
    {
        var facts = new ScanFactsBuilder()
            .Version(ProtocolVersion.Tls13, TestServers.Tls13Suites)
            .Version(ProtocolVersion.Tls12, "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-SHA384", "ECDHE-RSA-CHACHA20-POLY1305")
            .Build();

        var lucky13 = ScanAnalyzer.Assess(facts, CertificateReports.Good()).Findings.Single(f => f.Id == FindingIds.VulnLucky13);

        lucky13.Evidence.ShouldBe(["TLSv1.2: ECDHE-RSA-AES256-SHA384"]);
    }

    [Fact]
    public void Assess_Ssl3CbcSuite_IsPoodleNotLucky13()
    {
        var lucky13 = Assess("ssl3-rc4").Findings.Single(f => f.Id == FindingIds.VulnLucky13);

        lucky13.Evidence.ShouldBe(["TLSv1.0: DES-CBC3-SHA"]);
    }

    [Fact]
    public void Assess_Weak_ProtocolFindingsCarryTheProtocolLines()
    {
        var tls10 = Assess("weak").Findings.Single(f => f.Id == FindingIds.TlsProtocolTls10);

        tls10.Severity.ShouldBe(Severity.Warning);
        tls10.Fix!.Lines.ShouldBe(
        [
            new ServerConfigLine("nginx", "ssl_protocols TLSv1.2 TLSv1.3;"),
            new ServerConfigLine("apache", "SSLProtocol -all +TLSv1.2 +TLSv1.3"),
            new ServerConfigLine("haproxy", "ssl-default-bind-options ssl-min-ver TLSv1.2"),
        ]);
    }

    [Fact]
    public void Assess_Ssl3Rc4_PoodleNamesTheSslv3CbcSuiteAndNoTls12IsCritical()
    {
        var findings = Assess("ssl3-rc4").Findings;

        findings.Single(f => f.Id == FindingIds.VulnPoodle).Evidence.ShouldBe(["TLS_RSA_WITH_3DES_EDE_CBC_SHA (SSLv3)"]);
        findings.Single(f => f.Id == FindingIds.TlsProtocolNoTls12).Severity.ShouldBe(Severity.Critical);
        findings.Single(f => f.Id == FindingIds.VulnRc4).Evidence.ShouldBe(["TLS_RSA_WITH_RC4_128_SHA (TLSv1.0, SSLv3)", "TLS_RSA_WITH_RC4_128_MD5 (TLSv1.0, SSLv3)"]);
        findings[0].Severity.ShouldBe(Severity.Critical);
    }

    [Fact]
    public void Assess_Export_FreakListsOnlyTheExportSuites()
    {
        var freak = Assess("export").Findings.Single(f => f.Id == FindingIds.VulnFreak);

        freak.Severity.ShouldBe(Severity.Critical);
        freak.Evidence.ShouldBe(["TLS_RSA_EXPORT_WITH_RC4_40_MD5 (TLSv1.0)", "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA (TLSv1.0)"]);
    }

    [Theory]
    [InlineData("weak", Severity.Info, "TLS_RSA_WITH_AES_128_CBC_SHA (TLSv1.2, TLSv1.1, TLSv1.0)")]
    [InlineData("rsa-only", Severity.Warning, "Chrome 131 (Windows 11) would negotiate TLS_RSA_WITH_AES_128_GCM_SHA256")]
    [InlineData("ssl3-rc4", Severity.Warning, "TLS_RSA_WITH_RC4_128_SHA (TLSv1.0, SSLv3)")]
    public void Assess_StaticRsaSuites_ForwardSecrecyJudgedByWhatBrowsersNegotiate(string server, Severity severity, string evidence)
    {
        var finding = Assess(server).Findings.Single(f => f.Id == FindingIds.TlsCipherNoForwardSecrecy);

        finding.Severity.ShouldBe(severity);
        finding.Evidence.ShouldContain(evidence);
    }

    public static TheoryData<string, string> ProbeCases => new()
    {
        { "heartbleed", FindingIds.VulnHeartbleed },
        { "ccs", FindingIds.VulnCcsInjection },
        { "robot", FindingIds.VulnRobot },
        { "compression", FindingIds.VulnCrime },
        { "insecure-renegotiation", FindingIds.VulnInsecureRenegotiation },
        { "insecure-renegotiation", FindingIds.TlsRenegotiationNotSecure },
        { "sslv2", FindingIds.VulnDrown },
        { "sslv2", FindingIds.TlsProtocolSsl2 },
        { "null-anon", FindingIds.TlsCipherNull },
        { "null-anon", FindingIds.TlsCipherAnonymous },
        { "des", FindingIds.TlsCipherWeak },
        { "dhe-768", FindingIds.VulnLogjam },
        { "dhe-1536", FindingIds.TlsDhWeak },
    };

    [Theory]
    [MemberData(nameof(ProbeCases))]
    public void Assess_ProbeObservedProblem_ReportsIt(string problem, string id)
    {
        var findings = ScanAnalyzer.Assess(ProblemServer(problem), CertificateReports.Good()).Findings;

        findings.Select(f => f.Id).ShouldContain(id);
        findings.Single(f => f.Id == id).Evidence.ShouldNotBeEmpty();
    }

    [Fact]
    public void Assess_Heartbleed_EvidenceIsTheProbesAndFixRotatesTheKey()
    {
        var heartbleed = ScanAnalyzer.Assess(ProblemServer("heartbleed"), CertificateReports.Good()).Findings[0];

        heartbleed.Id.ShouldBe(FindingIds.VulnHeartbleed);
        heartbleed.Evidence.ShouldBe(["sent 3 bytes, claimed 16384, received 16384 back"]);
        heartbleed.Fix!.Summary.ShouldContain("replace the private key");
    }

    [Fact]
    public void Assess_Robot_EvidenceNamesTheSuiteAndFixDropsRsaKeyExchange()
    {
        var robot = ScanAnalyzer.Assess(ProblemServer("robot"), CertificateReports.Good()).Findings.Single(f => f.Id == FindingIds.VulnRobot);

        robot.Severity.ShouldBe(Severity.Critical);
        robot.Detail.ShouldContain("strong oracle");
        robot.Evidence.ShouldBe(["TLS_RSA_WITH_AES_128_CBC_SHA: wrong first bytes: fatal decrypt_error(51) alert; the same in a second round"]);
        robot.Fix!.Summary.ShouldContain("TLS_RSA_*");
        robot.Fix.Lines.ShouldContain(l => l.Server == "nginx" && l.Line.StartsWith("ssl_ciphers ECDHE-", StringComparison.Ordinal) && !l.Line.Contains(":AES", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_RobotInconclusive_IsNoFindingAndNoCap()
    {
        var assessment = ScanAnalyzer.Assess(ProblemServer("robot-inconclusive"), CertificateReports.Good());

        assessment.Findings.ShouldNotContain(f => f.Id == FindingIds.VulnRobot);
        assessment.Grade.Grade.ShouldBe("A+");
    }

    [Fact]
    public void Assess_ProbesThatDidNotRun_StaySilent()
    {
        var facts = TestServers.IntermediateWith(f => f with
        {
            Renegotiation = ProbeOutcome<RenegotiationFacts>.Failed("timeout"),
            ExtendedMasterSecret = ProbeOutcome<bool>.Skipped("not run"),
            OcspStapling = ProbeOutcome<OcspStapleFacts>.Failed("reset"),
        });

        ScanAnalyzer.Assess(facts, CertificateReports.Good()).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Assess_WithFindingAddress_StampsEveryFinding()
    {
        var findings = ScanAnalyzer.Assess(TestServers.Weak(), CertificateReports.Good(), "127.0.0.2").Findings;

        findings.ShouldNotBeEmpty();
        findings.ShouldAllBe(f => f.Address == "127.0.0.2");
    }

    internal static ScanAssessment Assess(string server) => ScanAnalyzer.Assess(Server(server), CertificateReports.Good());

    internal static ScanFacts Server(string name) => name switch
    {
        "modern" => TestServers.Modern(),
        "intermediate" => TestServers.Intermediate(),
        "weak" => TestServers.Weak(),
        "ssl3-rc4" => TestServers.Ssl3Rc4(),
        "export" => TestServers.Export(),
        _ => ProblemServer(name),
    };

    private static RobotFacts Robot(RobotVerdict verdict) =>
        new(verdict, "TLS_RSA_WITH_AES_128_CBC_SHA", [], [], "wrong first bytes: fatal decrypt_error(51) alert; the same in a second round");

    internal static ScanFacts ProblemServer(string problem) => problem switch
    {
        "heartbleed" => TestServers.IntermediateWith(f => f with { Heartbleed = ProbeOutcome<HeartbleedFacts>.Completed(new HeartbleedFacts(true, "sent 3 bytes, claimed 16384, received 16384 back")) }),
        "ccs" => TestServers.IntermediateWith(f => f with { CcsInjection = ProbeOutcome<CcsInjectionFacts>.Completed(new CcsInjectionFacts(true, "early ChangeCipherSpec accepted")) }),
        "robot" => TestServers.IntermediateWith(f => f with { Robot = ProbeOutcome<RobotFacts>.Completed(Robot(RobotVerdict.StrongOracle)) }),
        "robot-inconclusive" => TestServers.IntermediateWith(f => f with { Robot = ProbeOutcome<RobotFacts>.Completed(Robot(RobotVerdict.Inconclusive)) }),
        "compression" => TestServers.IntermediateWith(f => f with { Compression = ProbeOutcome<bool>.Completed(true) }),
        "insecure-renegotiation" => TestServers.IntermediateWith(f => f with { Renegotiation = ProbeOutcome<RenegotiationFacts>.Completed(new RenegotiationFacts(false, true)) }),
        "sslv2" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, "ECDHE-RSA-AES128-GCM-SHA256")
            .Ssl2(Ssl2CipherKind.Rc4128WithMd5, Ssl2CipherKind.Rc4128Export40WithMd5).Build(),
        "null-anon" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, "ECDHE-RSA-AES128-GCM-SHA256", "NULL-SHA", "ADH-AES128-SHA").Build(),
        "des" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, "ECDHE-RSA-AES128-GCM-SHA256", "DES-CBC-SHA").Build(),
        "dhe-768" => new ScanFactsBuilder().DhPrime(DhPrimes.Custom(768)).Version(ProtocolVersion.Tls12, "DHE-RSA-AES128-GCM-SHA256").Build(),
        "dhe-1536" => new ScanFactsBuilder().DhPrime(DhPrimes.Custom(1536)).Version(ProtocolVersion.Tls12, "DHE-RSA-AES128-GCM-SHA256").Build(),
        "rsa-only" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, "AES128-GCM-SHA256", "AES256-GCM-SHA384").Build(),
        "cbc-only" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA").Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}
