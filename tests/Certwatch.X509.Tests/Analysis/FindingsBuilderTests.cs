using Certwatch.Core.Findings;
using Certwatch.X509.Analysis;
using Certwatch.X509.Names;
using Shouldly;
using Xunit;
using static Certwatch.X509.Tests.Analysis.HandMadeChain;

namespace Certwatch.X509.Tests.Analysis;

public class FindingsBuilderTests
{
    [Theory]
    [InlineData("leaf-expired", FindingIds.CertExpired, Severity.Critical, "2026-05-29")]
    [InlineData("leaf-not-yet-valid", FindingIds.CertNotYetValid, Severity.Critical, "notBefore: 2026-06-03")]
    [InlineData("intermediate-expired", FindingIds.ChainIntermediateExpired, Severity.Critical, "CN=Test Intermediate")]
    [InlineData("missing-intermediate", FindingIds.ChainIncomplete, Severity.Critical, "missing issuer: CN=Test Intermediate")]
    [InlineData("untrusted-root", FindingIds.ChainUntrustedRoot, Severity.Critical, "root: CN=Test Root")]
    [InlineData("untrusted-root", FindingIds.ChainRootSent, Severity.Info, "root: CN=Test Root")]
    [InlineData("self-signed", FindingIds.CertSelfSigned, Severity.Critical, "subject = issuer: CN=www.example.com")]
    [InlineData("name-mismatch", FindingIds.HostMismatch, Severity.Critical, "subjectAltName: example.com, www.example.com")]
    [InlineData("cn-only", FindingIds.HostCnOnly, Severity.Critical, "subjectAltName: absent")]
    [InlineData("sha1", FindingIds.CertWeakSignature, Severity.Critical, "signature: sha1WithRSAEncryption")]
    [InlineData("rsa-1024", FindingIds.CertWeakKey, Severity.Critical, "key: RSA 1024")]
    [InlineData("eku-missing", FindingIds.CertEkuMissing, Severity.Critical, "extendedKeyUsage: 1.3.6.1.5.5.7.3.2")]
    [InlineData("not-a-ca", FindingIds.ChainInvalid, Severity.Critical, "problem: NotACa")]
    [InlineData("path-len", FindingIds.ChainInvalid, Severity.Critical, "problem: PathLengthExceeded")]
    [InlineData("unknown-critical", FindingIds.ChainInvalid, Severity.Critical, "problem: UnknownCriticalExtension")]
    [InlineData("bad-signature", FindingIds.ChainInvalid, Severity.Critical, "problem: BadSignature")]
    [InlineData("name-constraint", FindingIds.ChainInvalid, Severity.Critical, "problem: NameConstraintViolation")]
    [InlineData("validity-too-long", FindingIds.CertValidityTooLong, Severity.Critical, "lifetime: 500 days")]
    [InlineData("reused-serial", FindingIds.ChainReusedIssuerSerial, Severity.Critical, "serial: 10")]
    [InlineData("reused-serial", FindingIds.ChainUnrelated, Severity.Warning, "unrelated: 'old.example.com'")]
    public void Build_Condition_EmitsFindingWithEvidence(string condition, string id, Severity severity, string evidence)
    {
        var findings = Analyze(ChainConditions.Build(condition), name: condition == "name-mismatch" ? "b.example.com" : "www.example.com").Findings;

        var finding = findings.FirstOrDefault(f => f.Id == id);
        finding.ShouldNotBeNull($"no {id} in [{string.Join(", ", findings.Select(f => f.Id))}]");
        finding.Severity.ShouldBe(severity);
        finding.Evidence.ShouldContain(e => e.Contains(evidence), $"evidence: {string.Join(" | ", finding.Evidence)}");
        finding.Address.ShouldBe(Address);
        finding.Fix.ShouldNotBeNull();
    }

    [Fact]
    public void Build_GoodChain_NoFindings()
    {
        Analyze(Good()).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Build_MissingIntermediate_NamesTheIssuerItsUrlAndTheServerLines()
    {
        var leaf = Leaf() with { CaIssuersUrls = ["http://r11.i.lencr.org/"] };
        var analysis = Analyze(MakeChain([leaf], [leaf], endsAtAnchor: false), name: "example.com");

        var finding = analysis.Findings.Single(f => f.Id == FindingIds.ChainIncomplete);
        finding.Title.ShouldBe("Intermediate certificate 'Test Intermediate' is not sent");
        finding.Evidence.ShouldContain("AIA CA Issuers: http://r11.i.lencr.org/");
        finding.Fix!.Summary.ShouldContain("serve fullchain.pem, not cert.pem", Case.Insensitive);
        var lines = finding.Fix.Lines.ToDictionary(l => l.Server, l => l.Line);
        lines["nginx"].ShouldBe("ssl_certificate /etc/letsencrypt/live/example.com/fullchain.pem;");
        lines["Apache"].ShouldBe("SSLCertificateFile /etc/letsencrypt/live/example.com/fullchain.pem");
        lines["HAProxy"].ShouldBe("bind :443 ssl crt /etc/haproxy/certs/example.com.pem");
        lines["HAProxy (shell)"].ShouldContain("fullchain.pem /etc/letsencrypt/live/example.com/privkey.pem > /etc/haproxy/certs/example.com.pem");
        lines["Caddy"].ShouldStartWith("tls /etc/letsencrypt/live/example.com/fullchain.pem");
        analysis.Facts.MissingIssuer.ShouldBe("CN=Test Intermediate");
        analysis.Facts.MissingIssuerUrl.ShouldBe("http://r11.i.lencr.org/");
    }

    [Theory]
    [InlineData(35, null, null)]
    [InlineData(29, Severity.Warning, 30)]
    [InlineData(13, Severity.Warning, 14)]
    [InlineData(6, Severity.Critical, 7)]
    public void Build_LeafExpiresSoon_SeverityAndThresholdFollowThePolicy(int daysLeft, Severity? severity, int? threshold)
    {
        var leaf = Leaf() with { NotAfter = Now.AddDays(daysLeft).AddHours(1) };
        var findings = Analyze(ChainConditions.Anchored(leaf, Intermediate(), Root())).Findings;

        var expiring = findings.SingleOrDefault(f => f.Id == FindingIds.CertExpiring);
        if (severity is null)
        {
            expiring.ShouldBeNull();
            return;
        }
        expiring.ShouldNotBeNull();
        expiring.Severity.ShouldBe(severity.Value);
        expiring.Title.ShouldBe($"Certificate expires in {daysLeft} days ({leaf.NotAfter:yyyy-MM-dd})");
        expiring.Evidence.ShouldContain(e => e.Contains($"crossed the {threshold}-day threshold"));
    }

    [Fact]
    public void Build_IntermediateExpiresSoon_ChainIntermediateExpiringNamesIt()
    {
        var findings = Analyze(ChainConditions.Anchored(Leaf(), Intermediate() with { NotAfter = Now.AddDays(5) }, Root())).Findings;

        var finding = findings.Single(f => f.Id == FindingIds.ChainIntermediateExpiring);
        finding.Severity.ShouldBe(Severity.Critical);
        finding.Title.ShouldContain("'Test Intermediate'");
    }

    [Fact]
    public void Build_WwwMissing_MismatchSaysTheApexIsThere()
    {
        var leaf = Leaf("example.com");
        var chain = ChainConditions.WithName(ChainConditions.Anchored(leaf, Intermediate(), Root()), new NameMatch("www.example.com", false, false, ["example.com"]));

        var finding = Analyze(chain).Findings.Single(f => f.Id == FindingIds.HostMismatch);

        finding.Title.ShouldBe("Certificate is valid for example.com — not www.example.com");
        finding.Detail.ShouldContain("the certificate has example.com but not www.example.com");
        finding.Fix!.Lines.ShouldContain(l => l.Line == "certbot certonly -d example.com -d www.example.com");
    }

    [Fact]
    public void Build_IpLiteralMismatch_FixAsksForAnIpSan()
    {
        var chain = ChainConditions.WithName(Good(), new NameMatch("127.0.0.1", false, false, ["example.com", "www.example.com"]));

        var finding = Analyze(chain, name: "127.0.0.1").Findings.Single(f => f.Id == FindingIds.HostMismatch);

        finding.Fix!.Lines.ShouldContain(l => l.Line.Contains("subjectAltName=IP:127.0.0.1"));
    }

    [Fact]
    public void Build_ServedOutOfOrderWithDuplicate_ReportsOrderAndDuplicate()
    {
        var leaf = Leaf();
        var intermediate = Intermediate();
        var second = Cert("Second Intermediate", "Test Root", "21");
        var chain = MakeChain([leaf, second, intermediate, intermediate], [leaf, intermediate, second, Root()], endsAtAnchor: true);

        var analysis = Analyze(chain);

        analysis.Facts.InOrder.ShouldBeFalse();
        analysis.Facts.DuplicateCount.ShouldBe(1);
        analysis.Findings.Single(f => f.Id == FindingIds.ChainOrder).Evidence
            .ShouldContain("served order: #0 'www.example.com' → #1 'Second Intermediate' → #2 'Test Intermediate' → #3 'Test Intermediate'");
        analysis.Findings.ShouldContain(f => f.Id == FindingIds.ChainDuplicate && f.Severity == Severity.Warning);
    }

    [Fact]
    public void Build_UnparsableCertificate_CertMalformed()
    {
        var input = Input(Good().Served, unparsable: ["#2: DER length exceeds data"]);

        var analysis = ChainAnalyzer.FromValidation(input, Good().Validation);

        analysis.Findings.Single(f => f.Id == FindingIds.CertMalformed).Evidence.ShouldBe(["#2: DER length exceeds data"]);
    }

    [Fact]
    public void Build_SeveralProblems_CriticalFirst()
    {
        var leaf = Leaf() with { NotAfter = Now.AddDays(20) };
        var chain = MakeChain([leaf, Intermediate(), Root()], [leaf, Intermediate(), Root()], endsAtAnchor: false);

        var severities = Analyze(chain).Findings.Select(f => f.Severity).ToList();

        severities.Count.ShouldBeGreaterThan(2);
        severities.ShouldBe(severities.OrderByDescending(s => s));
    }
}
