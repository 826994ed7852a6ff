using Certwatch.Core.Findings;
using Certwatch.Scanning.Scan;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.Tls.Wire;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>The staple findings as the scan reports them: through <see cref="ScanAnalyzer.Assess(ScanFacts, Certwatch.Scanning.Check.AddressReport, string?, DateTimeOffset?)"/>.</summary>
public sealed class OcspStapleFindingsTests
{
    private static readonly DateTimeOffset Now = CertificateReports.Now;

    public static TheoryData<string, string, Severity> Cases => new()
    {
        { "revoked", FindingIds.TlsOcspStaplingRevoked, Severity.Critical },
        { "unknown", FindingIds.TlsOcspStaplingUnknown, Severity.Critical },
        { "expired", FindingIds.TlsOcspStaplingExpired, Severity.Warning },
        { "garbage", FindingIds.TlsOcspStaplingInvalid, Severity.Critical },
        { "tryLater", FindingIds.TlsOcspStaplingInvalid, Severity.Warning },
        { "future", FindingIds.TlsOcspStaplingInvalid, Severity.Critical },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Assess_Staple_ReportsOneStapleFindingWithSeverityAndStaplingFix(string staple, string id, Severity severity)
    {
        var findings = Assess(Staple(staple)).Findings.Where(f => f.Id.StartsWith("tls.ocsp-stapling.", StringComparison.Ordinal)).ToList();

        var finding = findings.ShouldHaveSingleItem();
        finding.Id.ShouldBe(id);
        finding.Severity.ShouldBe(severity);
        finding.Evidence.ShouldNotBeEmpty();
        finding.Fix.ShouldNotBeNull().Summary.ShouldNotBeEmpty();
    }

    [Fact]
    public void Assess_GoodStaple_AddsNoFinding()
    {
        var assessment = Assess(Staple("good"));

        assessment.OcspStaple!.Status.ShouldBe(OcspStapleStatus.Good);
        assessment.Findings.ShouldNotContain(f => f.Id.StartsWith("tls.ocsp-stapling.", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_RevokedStaple_TitleNamesTheReasonAndEvidenceTheDate()
    {
        var finding = Assess(Staple("revoked")).Findings.Single(f => f.Id == FindingIds.TlsOcspStaplingRevoked);

        finding.Title.ShouldBe("The stapled OCSP response says the certificate is revoked (keyCompromise)");
        finding.Detail.ShouldContain("SEC_ERROR_REVOKED_CERTIFICATE");
        finding.Evidence[0].ShouldStartWith("revoked at 2026-05-31 12:00:00Z (keyCompromise); the issuer 'Certwatch Test Intermediate'");
    }

    [Fact]
    public void Assess_ExpiredStaple_FixNamesNginxAndApacheStapling()
    {
        var finding = Assess(Staple("expired")).Findings.Single(f => f.Id == FindingIds.TlsOcspStaplingExpired);

        finding.Title.ShouldBe("The stapled OCSP response expired on 2026-05-26");
        finding.Evidence.ShouldContain("nextUpdate 2026-05-26 12:00:00Z");
        finding.Fix!.Lines.ShouldContain(new ServerConfigLine("nginx", "ssl_stapling_verify on;"));
        finding.Fix.Lines.ShouldContain(new ServerConfigLine("apache", "SSLUseStapling On"));
    }

    [Fact]
    public void Assess_MalformedStaple_TitleAndFirefoxError()
    {
        var finding = Assess(Staple("garbage")).Findings.Single(f => f.Id == FindingIds.TlsOcspStaplingInvalid);

        finding.Title.ShouldBe("The stapled OCSP response is malformed");
        finding.Detail.ShouldContain("SEC_ERROR_OCSP_MALFORMED_RESPONSE");
    }

    private static ScanAssessment Assess(byte[] staple)
    {
        var facts = new ScanFactsBuilder()
            .Version(ProtocolVersion.Tls13, TestServers.Tls13Suites)
            .Version(ProtocolVersion.Tls12, "ECDHE-RSA-AES128-GCM-SHA256")
            .With(f => f with { OcspStapling = ProbeOutcome<OcspStapleFacts>.Completed(new OcspStapleFacts(true, staple, ProtocolVersion.Tls12)) })
            .Build();
        return ScanAnalyzer.Assess(facts, CertificateReports.Good(), null, Now);
    }

    private static byte[] Staple(string name) => name switch
    {
        "good" => CertificateReports.Staple(OcspCertStatus.Good),
        "revoked" => CertificateReports.Staple(OcspCertStatus.Revoked, reason: 1),
        "unknown" => CertificateReports.Staple(OcspCertStatus.Unknown),
        "expired" => CertificateReports.Staple(OcspCertStatus.Good, producedAt: Now.AddDays(-10), validity: TimeSpan.FromDays(4)),
        "future" => CertificateReports.Staple(OcspCertStatus.Good, producedAt: Now.AddDays(1)),
        "tryLater" => OcspResponseWriter.Unsuccessful(3),
        _ => "garbage"u8.ToArray(),
    };
}
