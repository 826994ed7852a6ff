using System.Security.Cryptography.X509Certificates;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.X509.Revocation;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Revocation;

public class OcspResponseValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TestChain Chain = TestPki.CreateChain("ocsp.lab.test", Now);

    private static readonly IssuedCertificate Delegated = (TestPki.LeafSpec("Lab OCSP Responder", Chain.Intermediate, Now) with
    {
        DnsNames = [],
        ExtendedKeyUsages = [OcspResponseValidator.OcspSigningEku],
        KeyUsage = X509KeyUsageFlags.DigitalSignature,
    }).Issue();

    private static readonly IssuedCertificate Stranger = TestPki.RootSpec("CN=Not The CA", Now).Issue();

    [Theory]
    [InlineData(OcspCertStatus.Good, RevocationStatus.Good)]
    [InlineData(OcspCertStatus.Revoked, RevocationStatus.Revoked)]
    [InlineData(OcspCertStatus.Unknown, RevocationStatus.Unknown)]
    public void Validate_SignedByIssuer_ReportsTheStatus(OcspCertStatus sent, RevocationStatus expected)
    {
        var (status, single, detail) = Validate(Response(sent, Chain.Intermediate, includeSigner: false, reason: 1));

        status.ShouldBe(expected);
        detail.ShouldContain("the issuer 'Certwatch Test Intermediate'");
        if (expected == RevocationStatus.Revoked)
        {
            single!.Reason.ShouldBe("keyCompromise");
            single.RevokedAt.ShouldBe(Now.AddDays(-1));
        }
    }

    [Fact]
    public void Validate_DelegatedResponderWithOcspSigning_IsAccepted()
    {
        var (status, _, detail) = Validate(Response(OcspCertStatus.Revoked, Delegated, includeSigner: true));

        status.ShouldBe(RevocationStatus.Revoked);
        detail.ShouldContain("delegated responder 'Lab OCSP Responder'");
    }

    [Fact]
    public void Validate_SignedByUnrelatedKey_IsUnavailableNeverRevoked()
    {
        var (status, _, detail) = Validate(Response(OcspCertStatus.Revoked, Stranger, includeSigner: true));

        status.ShouldBe(RevocationStatus.Unavailable);
        detail.ShouldContain("does not verify");
    }

    [Fact]
    public void Validate_NextUpdatePassed_IsStale()
    {
        var bytes = OcspResponseWriter.Successful(CertId(), OcspCertStatus.Good, Now.AddDays(-10), Chain.Intermediate, false, validity: TimeSpan.FromDays(1));

        var (status, _, detail) = Validate(bytes);

        status.ShouldBe(RevocationStatus.Unavailable);
        detail.ShouldStartWith("stale");
    }

    [Fact]
    public void Validate_NonceMismatch_IsUnavailable()
    {
        var bytes = OcspResponseWriter.Successful(CertId(), OcspCertStatus.Good, Now, Chain.Intermediate, false, nonce: [1, 2, 3]);
        OcspResponseParser.TryParse(bytes, out var response, out _).ShouldBeTrue();

        var (status, _, detail) = OcspResponseValidator.Validate(response!, Chain.Leaf.Info, Chain.Intermediate.Info, Now, sentNonce: [9, 9, 9]);

        status.ShouldBe(RevocationStatus.Unavailable);
        detail.ShouldContain("nonce");
    }

    [Fact]
    public void Validate_TryLater_IsUnavailable()
    {
        var (status, _, detail) = Validate(OcspResponseWriter.Unsuccessful(3));

        status.ShouldBe(RevocationStatus.Unavailable);
        detail.ShouldBe("responder answered TryLater");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x30, 0x03, 0x0A, 0x01 })]
    [InlineData(new byte[] { 0x04, 0x02, 0x00, 0x00 })]
    public void TryParse_HostileBytes_ReturnsFalseWithReason(byte[] bytes)
    {
        OcspResponseParser.TryParse(bytes, out var response, out var error).ShouldBeFalse();

        response.ShouldBeNull();
        error.ShouldNotBeNull().ShouldStartWith("not a valid OCSP response");
    }

    [Fact]
    public void Build_RequestForLeaf_CarriesSha1CertIdOfIssuer()
    {
        var certId = OcspCertId.For(Chain.Leaf.Info, Chain.Intermediate.Info);

        certId.HashOid.ShouldBe(OcspCertId.Sha1Oid);
        certId.IssuerNameHash.Length.ShouldBe(20);
        certId.Matches(Chain.Leaf.Info, Chain.Intermediate.Info).ShouldBeTrue();
        certId.Matches(Chain.Intermediate.Info, Chain.Root.Info).ShouldBeFalse();
        OcspRequestBuilder.Build(certId, [1, 2]).Length.ShouldBeGreaterThan(60);
    }

    private static byte[] CertId()
    {
        var request = OcspRequestBuilder.Build(OcspCertId.For(Chain.Leaf.Info, Chain.Intermediate.Info));
        var reader = new System.Formats.Asn1.AsnReader(request, System.Formats.Asn1.AsnEncodingRules.DER);
        return reader.ReadSequence().ReadSequence().ReadSequence().ReadSequence().ReadEncodedValue().ToArray();
    }

    private static byte[] Response(OcspCertStatus status, IssuedCertificate signer, bool includeSigner, int? reason = null) =>
        OcspResponseWriter.Successful(CertId(), status, Now, signer, includeSigner, reason: reason);

    private static (RevocationStatus, OcspSingleResponse?, string) Validate(byte[] bytes)
    {
        OcspResponseParser.TryParse(bytes, out var response, out var error).ShouldBeTrue(error);
        return OcspResponseValidator.Validate(response!, Chain.Leaf.Info, Chain.Intermediate.Info, Now);
    }
}
