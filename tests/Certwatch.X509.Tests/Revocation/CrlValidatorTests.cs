using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Revocation;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Revocation;

public class CrlValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TestChain Chain = TestPki.CreateChain("crl.lab.test", Now);

    [Fact]
    public void Validate_SerialListed_RevokedWithDateAndReason()
    {
        var crl = Parse(Build(Chain.Intermediate, Now.AddDays(7), Chain.Leaf));

        var (status, entry, _) = CrlValidator.Validate(crl, Chain.Leaf.Info, Chain.Intermediate.Info, Now);

        status.ShouldBe(RevocationStatus.Revoked);
        entry!.Reason.ShouldBe("keyCompromise");
        entry.RevokedAt.ShouldBe(Now.AddDays(-3));
    }

    [Fact]
    public void Validate_SerialNotListed_Good()
    {
        var other = TestPki.LeafSpec("other.lab.test", Chain.Intermediate, Now).Issue();
        var crl = Parse(Build(Chain.Intermediate, Now.AddDays(7), other));

        CrlValidator.Validate(crl, Chain.Leaf.Info, Chain.Intermediate.Info, Now).Status.ShouldBe(RevocationStatus.Good);
    }

    [Fact]
    public void Validate_SignedByAnotherCa_UnavailableNeverRevoked()
    {
        var crl = Parse(Build(Chain.Root, Now.AddDays(7), Chain.Leaf));

        var (status, _, detail) = CrlValidator.Validate(crl, Chain.Leaf.Info, Chain.Intermediate.Info, Now);

        status.ShouldBe(RevocationStatus.Unavailable);
        detail.ShouldContain("another CA");
    }

    [Fact]
    public void Validate_NextUpdatePassed_Stale()
    {
        var crl = Parse(Build(Chain.Intermediate, Now.AddDays(-1), Chain.Leaf));

        CrlValidator.Validate(crl, Chain.Leaf.Info, Chain.Intermediate.Info, Now).Detail.ShouldStartWith("stale CRL");
    }

    [Fact]
    public void TryParse_Garbage_FalseWithReason()
    {
        CrlParser.TryParse("not a crl"u8, out var crl, out var error).ShouldBeFalse();

        crl.ShouldBeNull();
        error.ShouldNotBeNull().ShouldStartWith("not a valid CRL");
    }

    private static RevocationList Parse(byte[] der)
    {
        CrlParser.TryParse(der, out var crl, out var error).ShouldBeTrue(error);
        return crl!;
    }

    private static byte[] Build(IssuedCertificate issuer, DateTimeOffset nextUpdate, IssuedCertificate revoked)
    {
        var builder = new CertificateRevocationListBuilder();
        builder.AddEntry(revoked.Certificate.SerialNumberBytes.Span, Now.AddDays(-3), X509RevocationReason.KeyCompromise);
        return builder.Build(issuer.Certificate, BigInteger.One, nextUpdate, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, nextUpdate.AddDays(-8));
    }
}
