using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Model;

namespace Certwatch.X509.Tests.Model;

public sealed partial class CertificateParserTests
{
    public static TheoryData<string, string, int, string?, string> KeyTable => new()
    {
        { "RSA 512", "RSA", 512, null, "RSA 512" },
        { "RSA 1024", "RSA", 1024, null, "RSA 1024" },
        { "RSA 3072", "RSA", 3072, null, "RSA 3072" },
        { "EC P-256", "EC", 256, "P-256", "EC P-256" },
        { "EC P-384", "EC", 384, "P-384", "EC P-384" },
        { "EC P-521", "EC", 521, "P-521", "EC P-521" },
    };

    public static TheoryData<string, string, bool, string, string, string> SignatureTable => new()
    {
        { "RSA", "SHA1", false, "1.2.840.113549.1.1.5", "sha1WithRSAEncryption", "SHA1" },
        { "RSA", "SHA256", false, "1.2.840.113549.1.1.11", "sha256WithRSAEncryption", "SHA256" },
        { "RSA", "SHA384", false, "1.2.840.113549.1.1.12", "sha384WithRSAEncryption", "SHA384" },
        { "RSA", "SHA512", false, "1.2.840.113549.1.1.13", "sha512WithRSAEncryption", "SHA512" },
        { "RSA", "SHA384", true, "1.2.840.113549.1.1.10", "rsassaPss", "SHA384" },
        { "EC", "SHA1", false, "1.2.840.10045.4.1", "ecdsa-with-SHA1", "SHA1" },
        { "EC", "SHA256", false, "1.2.840.10045.4.3.2", "ecdsa-with-SHA256", "SHA256" },
        { "EC", "SHA384", false, "1.2.840.10045.4.3.3", "ecdsa-with-SHA384", "SHA384" },
        { "EC", "SHA512", false, "1.2.840.10045.4.3.4", "ecdsa-with-SHA512", "SHA512" },
    };

    [Theory]
    [MemberData(nameof(KeyTable))]
    public void TryParse_SubjectKey_ReportsAlgorithmSizeAndCurve(string keyName, string expectedAlgorithm, int expectedBits, string? expectedCurve, string expectedDisplay)
    {
        var key = keyName switch
        {
            "EC P-256" => TestKey.EcP256(),
            "EC P-384" => TestKey.EcP384(),
            "EC P-521" => TestKey.EcP521(),
            _ => TestKey.Rsa(int.Parse(keyName[4..], CultureInfo.InvariantCulture)),
        };

        var info = Parse((BareSpec() with { Key = key }).Issue().Der);

        info.PublicKey.Algorithm.ShouldBe(expectedAlgorithm);
        info.PublicKey.SizeBits.ShouldBe(expectedBits);
        info.PublicKey.Curve.ShouldBe(expectedCurve);
        info.PublicKey.ToString().ShouldBe(expectedDisplay);
    }

    [Theory]
    [MemberData(nameof(SignatureTable))]
    public void TryParse_SignatureAlgorithm_ReportsOidNameAndHash(string issuerKind, string hash, bool pss, string expectedOid, string expectedName, string expectedHash)
    {
        var spec = BareSpec() with
        {
            Key = issuerKind == "RSA" ? TestKey.Rsa(1024) : TestKey.EcP256(),
            SignatureHash = new HashAlgorithmName(hash),
            UseRsaPss = pss,
        };

        var info = Parse(spec.Issue().Der);

        info.SignatureAlgorithm.ShouldBe(new SignatureAlgorithmInfo(expectedOid, expectedName, expectedHash));
    }

    [Fact]
    public void TryParse_Sha1SignedRsa1024Leaf_ReportsWeakAlgorithmAndSize()
    {
        var leaf = new CertificateSpec
        {
            Subject = "weak.example.test",
            Issuer = DefaultChain.Value.Intermediate,
            NotBefore = Now,
            NotAfter = Now.AddDays(30),
            Key = TestKey.Rsa(1024),
            SignatureHash = HashAlgorithmName.SHA1,
            DnsNames = ["weak.example.test"],
        }.Issue();

        var info = Parse(leaf.Der);

        info.SignatureAlgorithm.Hash.ShouldBe("SHA1");
        info.SignatureAlgorithm.Name.ShouldBe("sha1WithRSAEncryption");
        info.PublicKey.ToString().ShouldBe("RSA 1024");
        DefaultChain.Value.Intermediate.Key.RsaKey!.VerifyData(info.TbsDer, info.SignatureValue, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1).ShouldBeTrue();
    }

    [Fact]
    public void TryParse_ValidityBefore1950AndAfter2049_UsesGeneralizedTime()
    {
        var notBefore = new DateTimeOffset(1949, 12, 31, 23, 59, 59, TimeSpan.Zero);
        var notAfter = new DateTimeOffset(2061, 3, 4, 5, 6, 7, TimeSpan.Zero);

        var info = Parse((BareSpec() with { NotBefore = notBefore, NotAfter = notAfter }).Issue().Der);

        info.NotBefore.ShouldBe(notBefore);
        info.NotAfter.ShouldBe(notAfter);
    }

    [Fact]
    public void TryParse_UtcTimeYears_FollowRfc5280Window()
    {
        var notBefore = new DateTimeOffset(1950, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var notAfter = new DateTimeOffset(2049, 12, 31, 23, 59, 59, TimeSpan.Zero);

        var info = Parse((BareSpec() with { NotBefore = notBefore, NotAfter = notAfter }).Issue().Der);

        info.NotBefore.ShouldBe(notBefore);
        info.NotAfter.ShouldBe(notAfter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    public void TryParse_SctList_CountsEntries(int count)
    {
        var info = Parse((BareSpec() with { SctCount = count }).Issue().Der);

        info.SctCount.ShouldBe(count);
        info.Extensions.Single(e => e.Oid == TestOids.SctList).Recognized.ShouldBeTrue();
    }

    [Fact]
    public void TryParse_SctListWithBadLengths_CountsNone()
    {
        var value = Encode(w => w.WriteOctetString([0x00, 0x09, 0x00, 0x20, 0x01]));
        var extension = new X509Extension(TestOids.SctList, value, critical: false);

        var info = Parse((BareSpec() with { ExtraExtensions = [extension] }).Issue().Der);

        info.SctCount.ShouldBe(0);
    }

    [Fact]
    public void TryParse_EmptySubjectWithSan_HasNoCommonName()
    {
        var info = Parse((BareSpec() with { Subject = "", DnsNames = ["only-san.example.test"] }).Issue().Der);

        info.Subject.ShouldBe("");
        info.SubjectCommonName.ShouldBeNull();
        info.DisplayName.ShouldBe("");
        info.Extensions.Single(e => e.Oid == "2.5.29.17").Critical.ShouldBeTrue();
    }

    [Fact]
    public void TryParse_NameConstraints_AreReadAndRecognized()
    {
        var value = Encode(w =>
        {
            using (w.PushSequence())
            using (w.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                using (w.PushSequence())
                {
                    w.WriteCharacterString(UniversalTagNumber.IA5String, ".example.test", new Asn1Tag(TagClass.ContextSpecific, 2));
                }

                using (w.PushSequence())
                {
                    w.WriteOctetString([10, 0, 0, 0, 255, 0, 0, 0], new Asn1Tag(TagClass.ContextSpecific, 7));
                }
            }
        });
        var extension = new X509Extension(TestOids.NameConstraints, value, critical: true);

        var info = Parse((BareSpec() with { ExtraExtensions = [extension] }).Issue().Der);

        info.NameConstraints!.PermittedDns.ShouldBe([".example.test"]);
        info.NameConstraints.PermittedIp.ShouldBe(["10.0.0.0/8"]);
        info.NameConstraints.ExcludedDns.ShouldBeEmpty();
        info.NameConstraints.OtherForms.ShouldBeEmpty();
        info.NameConstraints.Critical.ShouldBeTrue();
        info.Extensions.Single(e => e.Oid == TestOids.NameConstraints).Recognized.ShouldBeTrue();
    }
}
