using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Assessment;
using Certwatch.Scanning.Scan.Assessment.Grading;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>The SSL Labs grade as a user reads it: the letter, the grade ignoring trust, and each cap with its reason.</summary>
public sealed class GradeCalculatorTests
{
    public static TheoryData<string, string, string[]> ServerCases => new()
    {
        // server, grade, rules among the caps (all of them for the first four)
        { "modern", "A+", [] },
        { "intermediate", "A+", [] },
        { "weak", "C", ["3DES/64-bit block ciphers with TLS 1.1 or newer (SWEET32)", "TLS 1.0 or TLS 1.1 supported", "DH parameters below 2048 bits", "No AEAD cipher suites", "TLS 1.3 not supported"] },
        { "ssl3-rc4", "C", ["SSL 3.0 supported (POODLE)", "No TLS 1.2 or TLS 1.3", "RC4 supported", "TLS 1.0 or TLS 1.1 supported", "No forward secrecy with current browsers", "No AEAD cipher suites", "TLS 1.3 not supported"] },
        { "export", "F", ["Export cipher suites supported"] },
        { "heartbleed", "F", ["Heartbleed (CVE-2014-0160)"] },
        { "ccs", "F", ["OpenSSL CCS injection (CVE-2014-0224)"] },
        { "robot", "F", ["ROBOT (CVE-2017-13099)"] },
        { "insecure-renegotiation", "F", ["Insecure client-initiated renegotiation", "No secure renegotiation (RFC 5746)"] },
        { "compression", "C", ["TLS compression (CRIME)"] },
        { "sslv2", "F", ["SSL 2.0 supported", "Export cipher suites supported"] },
        { "null-anon", "F", ["NULL cipher suites supported", "Anonymous cipher suites supported"] },
        { "des", "F", ["Cipher suites weaker than 112 bits"] },
        { "dhe-768", "F", ["DH parameters below 1024 bits (Logjam)"] },
        { "dhe-1536", "B", ["DH parameters below 2048 bits"] },
        { "rsa-only", "B", ["No forward secrecy with current browsers", "TLS 1.3 not supported"] },
        { "cbc-only", "A-", ["No AEAD cipher suites", "TLS 1.3 not supported"] },
    };

    [Theory]
    [MemberData(nameof(ServerCases))]
    public void Grade_Server_LetterAndCaps(string server, string grade, string[] rules)
    {
        var result = ScanAnalyzer.Assess(ScanAnalyzerTests.Server(server), CertificateReports.Good()).Grade;

        result.Grade.ShouldBe(grade);
        rules.Where(rule => result.Caps.All(c => c.Rule != rule)).ShouldBeEmpty();
        if (server is "modern" or "intermediate" or "weak" or "ssl3-rc4")
        {
            result.Caps.Count.ShouldBe(rules.Length);
        }

        result.Caps.Select(c => GradeLetters.Rank(c.Cap)).ShouldBeInOrder(SortDirection.Descending);
    }

    public static TheoryData<string, string, string, string> CertificateCases => new()
    {
        // certificate situation, grade, grade ignoring trust, the cap's rule
        { "untrusted", "T", "A+", "Certificate chain ends at an untrusted root" },
        { "expired", "T", "A+", "Certificate expired" },
        { "mismatch", "M", "A+", "Certificate name mismatch" },
        { "rsa-1024", "B", "B", "Certificate key below 2048 bits" },
        { "no-hsts", "A-", "A-", "No valid HSTS policy" },
    };

    [Theory]
    [MemberData(nameof(CertificateCases))]
    public void Grade_CertificateProblem_TrustMismatchOrCap(string situation, string grade, string ignoringTrust, string rule)
    {
        var report = situation switch
        {
            "untrusted" => CertificateReports.Build(trusted: false),
            "expired" => CertificateReports.Build(expired: true),
            "mismatch" => CertificateReports.Build(expectedName: "b.test"),
            "rsa-1024" => CertificateReports.Build(LeafKey.Rsa1024),
            _ => CertificateReports.Build(hsts: null),
        };

        var result = ScanAnalyzer.Assess(TestServers.Intermediate(), report).Grade;

        result.Grade.ShouldBe(grade);
        result.GradeIgnoringTrust.ShouldBe(ignoringTrust);
        result.Caps.ShouldContain(c => c.Rule == rule);
    }

    [Fact]
    public void Grade_Intermediate_ScoresPerRatingGuide()
    {
        var result = ScanAnalyzer.Assess(TestServers.Intermediate(), CertificateReports.Good()).Grade;

        // Protocol (100+100)/2; key exchange = weakest of RSA 2048 (90) and DH 2048 (90); cipher (80+100)/2.
        (result.ProtocolScore, result.KeyExchangeScore, result.CipherScore, result.Score).ShouldBe((100, 90, 90, 93));
        result.Notes.ShouldContain("A+: no warnings and HSTS max-age=31536000 (at least 6 months)");
    }

    [Fact]
    public void Grade_ShortHsts_AWithTheReasonItIsNotAPlus()
    {
        var result = ScanAnalyzer.Assess(TestServers.Intermediate(), CertificateReports.Build(hsts: "max-age=2592000")).Grade;

        result.Grade.ShouldBe("A");
        result.Notes.ShouldContain("not A+: HSTS max-age=2592000 is below 6 months (15552000 s)");
    }

    [Fact]
    public void Grade_Weak_CapReasonsNameTheServerFacts()
    {
        var caps = ScanAnalyzer.Assess(TestServers.Weak(), CertificateReports.Good()).Grade.Caps;

        caps.Single(c => c.Rule == "TLS 1.0 or TLS 1.1 supported").Reason.ShouldBe("TLSv1.1, TLSv1.0");
        caps.Single(c => c.Rule == "DH parameters below 2048 bits").Reason.ShouldBe("1024-bit DH prime");
        caps[0].Cap.ShouldBe("C");
    }

    [Fact]
    public void Grade_CipherListCutShort_NotesThatItMayBeIncomplete()
    {
        var facts = TestServers.Intermediate();
        var ciphers = facts.Ciphers.Value!.Select(c => c.Version.ToString() == "TLSv1.2" ? c with { Error = "connection reset after 3 suites" } : c).ToList();

        var result = ScanAnalyzer.Assess(facts with { Ciphers = ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Completed(ciphers) }, CertificateReports.Good()).Grade;

        result.Notes.ShouldContain("the TLSv1.2 cipher list may be incomplete: connection reset after 3 suites");
    }

    [Fact]
    public void Grade_CipherEnumerationFailed_NotGradedWithTheReason()
    {
        var facts = TestServers.Intermediate() with { Ciphers = ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Failed("connection reset") };

        var result = ScanAnalyzer.Assess(facts, CertificateReports.Good()).Grade;

        result.Grade.ShouldBe(ScanGrade.NotGraded);
        result.Notes.ShouldBe(["not graded: cipher enumeration: connection reset"]);
    }
}
