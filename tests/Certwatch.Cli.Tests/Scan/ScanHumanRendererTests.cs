using Certwatch.Cli.Rendering;
using Certwatch.Cli.Reporting;
using Certwatch.Scanning.Scan;

namespace Certwatch.Cli.Tests.Scan;

public sealed class ScanHumanRendererTests
{
    private static IReadOnlyList<string> Render(params ScanTargetResult[] results)
    {
        var output = new StringWriter();
        new ScanHumanRenderer(TerminalProfile.Plain).Render(ScanSamples.Run(results), output);
        return output.ToString().ReplaceLineEndings("\n").Split('\n');
    }

    private static string Line(IEnumerable<string> lines, string containing) =>
        lines.Single(l => l.Contains(containing, StringComparison.Ordinal));

    [Fact]
    public void Render_WeakServer_SummaryLineShowsStatusGradeAndEveryCapReason()
    {
        var summary = Render(ScanSamples.Weak())[0];

        summary.ShouldStartWith("WARNING   weak.example:443  grade C");
        summary.ShouldContain("capped: C: 64-bit block cipher with TLS 1.1+; B: TLS 1.0 or 1.1 supported");
        summary.ShouldContain("tls.sweet32: 64-bit block cipher 3DES offered (SWEET32) (+1 more)");
    }

    [Fact]
    public void Render_StrongServer_SummaryLineShowsAPlusWithoutCaps()
    {
        var summary = Render(ScanSamples.Strong())[0];

        summary.ShouldBe("OK        strong.example:443  grade A+");
    }

    [Theory]
    [InlineData("TLSv1.0", "offered")]
    [InlineData("TLSv1.3", "not offered  answered TLSv1.2 instead")]
    [InlineData("SSLv3", "not offered  handshake_failure alert")]
    public void Render_Protocols_ShowEachVersionWithWhatTheServerAnswered(string version, string expected)
    {
        var line = Render(ScanSamples.Weak()).First(l => l.TrimStart().StartsWith(version + " ", StringComparison.Ordinal));

        line.ShouldContain(expected);
    }

    [Fact]
    public void Render_CipherSuites_ListedPerProtocolInServerOrderWithProperties()
    {
        var lines = Render(ScanSamples.Weak());
        var tls12 = lines.ToList().FindIndex(l => l.Contains("TLSv1.2 (3, server order)", StringComparison.Ordinal));

        tls12.ShouldBeGreaterThan(0);
        lines[tls12 + 1].ShouldContain("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
        lines[tls12 + 1].ShouldContain("128 bits  FS     AEAD  x25519");
        lines[tls12 + 2].ShouldContain("TLS_DHE_RSA_WITH_AES_128_CBC_SHA");
        lines[tls12 + 2].ShouldContain("weak: DH 1024 bits");
        lines[tls12 + 3].ShouldContain("DES-CBC3-SHA");
        lines[tls12 + 3].ShouldContain("no FS  CBC");
        lines[tls12 + 3].ShouldContain("weak: 64-bit block cipher (SWEET32)");
    }

    [Fact]
    public void Render_ProbeThatErrored_ShowsItsReasonInsteadOfAValue()
    {
        var line = Line(Render(ScanSamples.Weak()), "CCS injection");

        line.ShouldContain("probe error: connection reset by peer (after 120 ms)");
    }

    [Fact]
    public void Render_ProbeNotRun_SaysWhy()
    {
        var lines = Render(ScanSamples.Strong());

        Line(lines, "Heartbleed").ShouldContain("not run: no TLS 1.2 or older");
        Line(lines, "ROBOT (CVE-2017-13099)").ShouldContain("not run: no RSA key exchange");
        Line(lines, "Session resumption").ShouldEndWith("not run");
    }

    [Theory]
    [InlineData("groups:", "groups: x25519, secp256r1 (server order)")]
    [InlineData("signature algorithms (TLS 1.2):", "rsa_pss_rsae_sha256, rsa_pkcs1_sha1")]
    [InlineData("signature algorithms (TLS 1.3):", "not run: no TLS 1.3")]
    [InlineData("ALPN:", "ALPN: http/1.1")]
    [InlineData("Session resumption", "session ids: yes, tickets: yes")]
    [InlineData("Secure renegotiation", "supported; client-initiated: refused")]
    [InlineData("Fallback SCSV", "not supported: accepted TLSv1.1")]
    [InlineData("TLS compression", "no")]
    [InlineData("Extended master secret", "yes")]
    [InlineData("Heartbleed", "not vulnerable (no heartbeat response)")]
    [InlineData("ROBOT (CVE-2017-13099)", "VULNERABLE (strong oracle, TLS_RSA_WITH_3DES_EDE_CBC_SHA: correct padding, no 0x00 separator")]
    public void Render_WeakServer_ShowsFeature(string label, string expected)
    {
        Line(Render(ScanSamples.Weak()), label).ShouldContain(expected);
    }

    [Fact]
    public void Render_RobotInconclusive_SaysSoAndNeverVulnerable()
    {
        var unstable = ScanSamples.Weak(f => f with
        {
            Robot = ProbeOutcome<RobotFacts>.Completed(f.Robot.Value! with
            {
                Verdict = RobotVerdict.Inconclusive,
                Evidence = "inconclusive (responses not stable): first round wrong first bytes: connection reset; second round all: fatal bad_record_mac(20) alert",
            }),
        });

        var line = Line(Render(unstable), "ROBOT (CVE-2017-13099)");

        line.ShouldContain("inconclusive (responses not stable): first round wrong first bytes: connection reset");
        line.ShouldEndWith("(TLS_RSA_WITH_3DES_EDE_CBC_SHA)");
        line.ShouldNotContain("VULNERABLE", Case.Insensitive);
    }

    [Fact]
    public void Render_Tls13OnlyServer_ShowsItsTls13SignatureSchemes()
    {
        Line(Render(ScanSamples.Strong()), "signature algorithms (TLS 1.3):").Trim().ShouldBe("signature algorithms (TLS 1.3): ecdsa_secp256r1_sha256");
    }

    [Fact]
    public void Render_Vulnerabilities_ListTheAnalyzerFindingsBySeverity()
    {
        var line = Line(Render(ScanSamples.Weak()), "WARNING: DHE with a 1024-bit group (Logjam)");

        line.Trim().ShouldStartWith("tls.dh-weak ");
    }

    [Fact]
    public void Render_ClientSimulation_ShowsNegotiatedSuiteOrWhyItFails()
    {
        var lines = Render(ScanSamples.Weak());

        Line(lines, "Chrome 131").ShouldContain("TLSv1.2  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256  x25519");
        Line(lines, "Android 4.4.2").ShouldContain("FAILS");
        Line(lines, "Android 4.4.2").ShouldEndWith("no common cipher suite");
    }

    [Fact]
    public void Render_Mozilla_ListsEachDeviation()
    {
        var lines = Render(ScanSamples.Weak());

        Line(lines, "modern:").ShouldContain("not compliant (3 deviations)");
        lines.ShouldContain(l => l.Trim() == "- TLSv1.1 enabled");
        Line(lines, "old:").ShouldContain("compliant");
    }

    [Fact]
    public void Render_Grade_ShowsScoresAndCaps()
    {
        var lines = Render(ScanSamples.Weak());

        lines.ShouldContain(l => l.Trim() == "C  score 72: protocol 90, key exchange 80, cipher 80");
        Line(lines, "cap B").ShouldContain("TLS 1.0 or 1.1 supported");
        Line(lines, "cap B").ShouldEndWith("TLSv1.0, TLSv1.1");
    }

    [Fact]
    public void Render_Certificate_ShowsLeafIssuerAndDaysLeft()
    {
        var lines = Render(ScanSamples.Strong());

        Line(lines, "subject").ShouldContain("strong.example");
        Line(lines, "expires").ShouldContain("(60 days left)");
        Line(lines, "path").ShouldContain("valid");
    }

    [Fact]
    public void Render_Findings_ShowFixLines()
    {
        var lines = Render(ScanSamples.Weak());

        Line(lines, "fix:").ShouldContain("Remove 3DES");
        Line(lines, "nginx:").ShouldContain("ssl_ciphers HIGH:!3DES;");
    }

    [Fact]
    public void Render_InvalidTarget_ShowsUnknownWithTheReasonAndCounts()
    {
        var lines = Render(ScanSamples.Invalid(), ScanSamples.Strong());

        lines[0].ShouldBe("UNKNOWN   exa mple  invalid target 'exa mple': a host name cannot contain a space");
        lines.ShouldContain("2 targets: 1 UNKNOWN, 1 OK");
    }

    [Fact]
    public void Render_Unreachable_SaysOnceWhyInsteadOfEverySection()
    {
        var lines = Render(ScanSamples.Unreachable());

        lines[0].ShouldBe("UNKNOWN   down.example:443  127.0.0.1:443: connection refused");
        lines.ShouldContain("  127.0.0.1  not scanned: probe error: connection refused (after 3 ms)");
        lines.ShouldNotContain(l => l.Contains("Cipher suites", StringComparison.Ordinal) || l.Contains("Mozilla", StringComparison.Ordinal));
        Line(lines, "no certificate").ShouldContain("ConnectionRefused");
    }

    [Fact]
    public void Render_PlainProfile_WritesNoEscapeCodes()
    {
        Render(ScanSamples.Weak(), ScanSamples.Strong()).ShouldAllBe(l => !l.Contains('\u001b'));
    }

    [Fact]
    public void Render_AnsiTerminal_ColoursWithoutBreakingOnBracketsInServerText()
    {
        var output = new StringWriter();
        var weak = ScanSamples.Weak();
        var tricky = weak with { Report = weak.Report! with { Error = null, Findings = [.. weak.Report.Findings.Select(f => f with { Title = "[red]not markup[/]" })] } };

        new ScanHumanRenderer(new TerminalProfile(true, true, 120)).Render(ScanSamples.Run(tricky), output);

        output.ToString().ShouldContain("\u001b[");
        output.ToString().ShouldContain("[red]not markup[/]");
    }

    [Theory]
    [InlineData(OcspStapleStatus.Good, "stapled, good, valid until 2026-12-10")]
    [InlineData(OcspStapleStatus.Revoked, "stapled, REVOKED (keyCompromise, 2026-11-01)")]
    [InlineData(OcspStapleStatus.Expired, "stapled, expired 2026-11-30")]
    [InlineData(OcspStapleStatus.Malformed, "stapled, INVALID: not a valid OCSP response: the encoded length exceeds the number of bytes remaining")]
    public void Render_JudgedStaple_OcspRowSaysWhatTheStapleIsWorth(OcspStapleStatus status, string expected)
    {
        var row = Line(Render(ScanSamples.Stapled(status)), "OCSP stapling");

        row.ShouldEndWith("  " + expected);
    }

    [Fact]
    public void Render_UnjudgedStaple_OcspRowNamesTheProtocol()
    {
        Line(Render(ScanSamples.Strong()), "OCSP stapling").ShouldEndWith("stapled (TLSv1.3)");
    }
}
