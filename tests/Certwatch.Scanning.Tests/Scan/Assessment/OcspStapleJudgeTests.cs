using System.Net;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Assessment;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;
using Certwatch.X509.Revocation;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>Stapled responses built by the TestKit's OCSP writer, judged against a real certificate check of a.test.</summary>
public sealed class OcspStapleJudgeTests
{
    private static readonly DateTimeOffset Now = CertificateReports.Now;

    [Fact]
    public void Judge_GoodStaple_IsGoodWithItsWindowAndSigner()
    {
        var staple = Judge(CertificateReports.Staple(OcspCertStatus.Good));

        staple.Status.ShouldBe(OcspStapleStatus.Good);
        staple.ResponseStatus.ShouldBe(OcspResponseStatus.Successful);
        staple.ThisUpdate.ShouldBe(Now.AddMinutes(-1));
        staple.NextUpdate.ShouldBe(Now.AddDays(4));
        staple.SignedBy.ShouldBe("the issuer 'Certwatch Test Intermediate'");
        staple.Detail.ShouldBe("good; the issuer 'Certwatch Test Intermediate', valid until 2026-06-05 12:00:00Z");
    }

    [Fact]
    public void Judge_RevokedStaple_CarriesReasonAndDate()
    {
        var staple = Judge(CertificateReports.Staple(OcspCertStatus.Revoked, reason: 1));

        staple.Status.ShouldBe(OcspStapleStatus.Revoked);
        staple.RevokedAt.ShouldBe(Now.AddDays(-1));
        staple.RevocationReason.ShouldBe("keyCompromise");
        staple.Detail.ShouldStartWith("revoked at 2026-05-31 12:00:00Z (keyCompromise)");
    }

    [Fact]
    public void Judge_UnknownStaple_IsUnknown()
    {
        Judge(CertificateReports.Staple(OcspCertStatus.Unknown)).Status.ShouldBe(OcspStapleStatus.Unknown);
    }

    [Fact]
    public void Judge_NextUpdatePassed_IsExpiredWithTheDate()
    {
        var staple = Judge(CertificateReports.Staple(OcspCertStatus.Good, producedAt: Now.AddDays(-10), validity: TimeSpan.FromDays(4)));

        staple.Status.ShouldBe(OcspStapleStatus.Expired);
        staple.NextUpdate.ShouldBe(Now.AddDays(-6));
        staple.Detail.ShouldStartWith("nextUpdate 2026-05-26 12:00:00Z has passed");
    }

    [Fact]
    public void Judge_RevokedAndExpired_StaysRevoked()
    {
        var staple = Judge(CertificateReports.Staple(OcspCertStatus.Revoked, producedAt: Now.AddDays(-10), validity: TimeSpan.FromDays(4)));

        staple.Status.ShouldBe(OcspStapleStatus.Revoked);
    }

    [Fact]
    public void Judge_ThisUpdateTomorrow_IsNotYetValid()
    {
        var staple = Judge(CertificateReports.Staple(OcspCertStatus.Good, producedAt: Now.AddDays(1)));

        staple.Status.ShouldBe(OcspStapleStatus.NotYetValid);
        staple.Detail.ShouldBe("thisUpdate 2026-06-02 11:59:00Z is in the future");
    }

    [Fact]
    public void Judge_NoValidationTime_LeavesTheWindowUnjudged()
    {
        var facts = Facts(CertificateReports.Staple(OcspCertStatus.Good, producedAt: Now.AddDays(-10), validity: TimeSpan.FromDays(4)));

        OcspStapleJudge.Judge(facts, CertificateReports.Good(), null)!.Status.ShouldBe(OcspStapleStatus.Good);
    }

    [Theory]
    [InlineData(new byte[] { 0x67, 0x61, 0x72, 0x62, 0x61, 0x67, 0x65 })]
    [InlineData(new byte[] { 0x30, 0x03, 0x0A, 0x01, 0x00 })] // successful, but no responseBytes
    public void Judge_Garbage_IsMalformedWithTheParserReason(byte[] garbage)
    {
        var staple = Judge(garbage);

        staple.Status.ShouldBe(OcspStapleStatus.Malformed);
        staple.ResponseStatus.ShouldBeNull();
        staple.Detail.ShouldStartWith("not a valid OCSP response");
    }

    [Fact]
    public void Judge_BrokenCertificateStatusFraming_IsMalformed()
    {
        var facts = new ScanFacts(Endpoint()) { OcspStapling = ProbeOutcome<OcspStapleFacts>.Completed(new OcspStapleFacts(true, null, ProtocolVersion.Tls12)) };

        var staple = OcspStapleJudge.Judge(facts, CertificateReports.Good(), Now)!;

        staple.Status.ShouldBe(OcspStapleStatus.Malformed);
        staple.Detail.ShouldContain("status_type ocsp(1)");
    }

    [Fact]
    public void Judge_TryLater_IsUnsuccessful()
    {
        var staple = Judge(OcspResponseWriter.Unsuccessful(3));

        staple.Status.ShouldBe(OcspStapleStatus.Unsuccessful);
        staple.ResponseStatus.ShouldBe(OcspResponseStatus.TryLater);
        staple.Detail.ShouldStartWith("responseStatus tryLater");
    }

    [Fact]
    public void Judge_ResponseForAnotherCertificate_IsWrongCertificate()
    {
        var chain = CertificateReports.Chain();
        var other = OcspResponseWriter.Successful(OcspResponseWriter.CertId(chain.Intermediate, chain.Root), OcspCertStatus.Good, Now, chain.Intermediate, includeSigner: false);

        var staple = Judge(other);

        staple.Status.ShouldBe(OcspStapleStatus.WrongCertificate);
        staple.Detail.ShouldStartWith("no SingleResponse for serial 5CA91E0D3742; the response covers serial ");
    }

    [Fact]
    public void Judge_IssuerNamedButOtherKey_IsBadSignature()
    {
        // Same subject as the RSA intermediate, different (EC) key: the responder ID names the issuer.
        var impostor = CertificateReports.Chain(LeafKey.EcP256).Intermediate;
        var chain = CertificateReports.Chain();
        var forged = OcspResponseWriter.Successful(OcspResponseWriter.CertId(chain.Leaf, chain.Intermediate), OcspCertStatus.Good, Now, impostor, includeSigner: false);

        var staple = Judge(forged);

        staple.Status.ShouldBe(OcspStapleStatus.BadSignature);
        staple.SignedBy.ShouldBeNull();
    }

    [Fact]
    public void Judge_SignedByStranger_IsUnauthorizedSigner()
    {
        var stranger = TestPki.RootSpec("CN=Not The CA", Now).Issue();
        var chain = CertificateReports.Chain();
        var forged = OcspResponseWriter.Successful(OcspResponseWriter.CertId(chain.Leaf, chain.Intermediate), OcspCertStatus.Revoked, Now, stranger, includeSigner: true);

        var staple = Judge(forged);

        staple.Status.ShouldBe(OcspStapleStatus.UnauthorizedSigner);
        staple.Detail.ShouldContain("id-kp-OCSPSigning");
    }

    [Fact]
    public void Judge_NotStapled_IsNull()
    {
        var facts = new ScanFacts(Endpoint()) { OcspStapling = ProbeOutcome<OcspStapleFacts>.Completed(new OcspStapleFacts(false, null, ProtocolVersion.Tls12)) };

        OcspStapleJudge.Judge(facts, CertificateReports.Good(), Now).ShouldBeNull();
    }

    private static OcspStapleJudgement Judge(byte[] response) =>
        OcspStapleJudge.Judge(Facts(response), CertificateReports.Good(), Now).ShouldNotBeNull();

    private static ScanFacts Facts(byte[] response) => new(Endpoint())
    {
        OcspStapling = ProbeOutcome<OcspStapleFacts>.Completed(new OcspStapleFacts(true, response, ProtocolVersion.Tls12)),
    };

    private static ProbeEndpoint Endpoint() => new(IPAddress.Loopback, 443, CertificateReports.Host, StartTlsProtocol.None);
}
