using Certwatch.Core.Findings;
using Certwatch.X509.Analysis;
using Shouldly;
using Xunit;
using static Certwatch.X509.Tests.Analysis.HandMadeChain;

namespace Certwatch.X509.Tests.Analysis;

public class ReusedIssuerSerialDetectorTests
{
    [Fact]
    public void Find_SameCertificateOnTwoAddresses_IsNotReuse()
    {
        var leaf = Leaf();

        ReusedIssuerSerialDetector.Find([("127.0.0.2", leaf), ("127.0.0.3", leaf)]).ShouldBeEmpty();
    }

    [Fact]
    public void Find_DifferentCertificatesSameIssuerAndSerial_IsReuse()
    {
        var a = Cert("router", "Appliance CA", "00", "router.lan");
        var b = Cert("router", "Appliance CA", "00", "router.lan", "router");

        var finding = ReusedIssuerSerialDetector.Find([("127.0.0.2", a), ("127.0.0.3", b)]).ShouldHaveSingleItem();

        finding.Id.ShouldBe(FindingIds.ChainReusedIssuerSerial);
        finding.Severity.ShouldBe(Severity.Critical);
        finding.Detail.ShouldContain("SEC_ERROR_REUSED_ISSUER_AND_SERIAL");
        finding.Evidence.ShouldContain(e => e.Contains(a.Sha256Fingerprint) && e.Contains("127.0.0.2"));
        finding.Evidence.ShouldContain(e => e.Contains(b.Sha256Fingerprint) && e.Contains("127.0.0.3"));
    }

    [Fact]
    public void Find_SameSerialDifferentIssuers_IsNotReuse()
    {
        ReusedIssuerSerialDetector.Find([("127.0.0.2", Cert("a", "CA One", "01", "a")), ("127.0.0.2", Cert("a", "CA Two", "01", "a"))]).ShouldBeEmpty();
    }
}
