using System.Formats.Asn1;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Model;

namespace Certwatch.X509.Tests.Model;

public sealed partial class CertificateParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<TestChain> DefaultChain = new(() => TestPki.CreateChain("www.example.test", Now));

    private static readonly Lazy<IssuedCertificate> RichLeaf = new(() => new CertificateSpec
    {
        Subject = "CN=rich.example.test, OU=Ops, O=\"Acme, Inc\", C=FR",
        Issuer = DefaultChain.Value.Intermediate,
        NotBefore = Now.AddDays(-1),
        NotAfter = Now.AddDays(89),
        SerialNumber = [0x00, 0x9F, 0x01, 0x02],
        Key = TestKey.EcP256(),
        DnsNames = ["rich.example.test", "*.rich.example.test"],
        IpAddresses = [IPAddress.Parse("127.0.0.7"), IPAddress.Parse("::1")],
        BasicConstraints = new BasicConstraintsSpec(false, Critical: true),
        KeyUsage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement,
        ExtendedKeyUsages = [TestOids.ServerAuth, TestOids.ClientAuth],
        CaIssuersUrls = ["http://127.0.0.1:1/ca.crt"],
        OcspUrls = ["http://127.0.0.1:1/ocsp"],
        CrlUrls = ["http://127.0.0.1:1/a.crl", "http://127.0.0.1:1/b.crl"],
        PolicyOids = ["2.23.140.1.2.2", "1.3.6.1.4.1.99999.1"],
        MustStaple = true,
        SctCount = 3,
        ExtraExtensions = [new X509Extension("1.3.6.1.4.1.99999.7", [0x05, 0x00], critical: true)],
    }.Issue());

    [Fact]
    public void TryParse_RichLeaf_ReadsNamesAndIdentity()
    {
        var leaf = RichLeaf.Value;
        var info = Parse(leaf.Der);

        info.Version.ShouldBe(3);
        info.Subject.ShouldBe("CN=rich.example.test, OU=Ops, O=Acme\\, Inc, C=FR");
        info.SubjectCommonName.ShouldBe("rich.example.test");
        info.Issuer.ShouldBe("CN=Certwatch Test Intermediate, O=Certwatch Tests");
        info.IssuerCommonName.ShouldBe("Certwatch Test Intermediate");
        info.SubjectNameDer.ShouldBe(leaf.Certificate.SubjectName.RawData);
        info.IssuerNameDer.ShouldBe(DefaultChain.Value.Intermediate.Certificate.SubjectName.RawData);
        info.SerialNumber.ShouldBe("009F0102");
        info.Sha256Fingerprint.ShouldBe(Convert.ToHexString(SHA256.HashData(leaf.Der)));
        info.SpkiSha256.ShouldBe(Convert.ToHexString(SHA256.HashData(leaf.Certificate.PublicKey.ExportSubjectPublicKeyInfo())));
        info.Der.ShouldBe(leaf.Der);
        info.IsSelfIssued.ShouldBeFalse();
        info.DisplayName.ShouldBe("rich.example.test");
    }

    [Fact]
    public void TryParse_RichLeaf_ReadsValidityKeyAndSignature()
    {
        var info = Parse(RichLeaf.Value.Der);

        info.NotBefore.ShouldBe(Now.AddDays(-1));
        info.NotAfter.ShouldBe(Now.AddDays(89));
        info.Lifetime.ShouldBe(TimeSpan.FromDays(90));
        info.PublicKey.ShouldBe(new PublicKeyInfo("EC", 256, "P-256", "1.2.840.10045.2.1"));
        info.SignatureAlgorithm.ShouldBe(new SignatureAlgorithmInfo("1.2.840.113549.1.1.11", "sha256WithRSAEncryption", "SHA256"));
        DefaultChain.Value.Intermediate.Key.RsaKey!.VerifyData(info.TbsDer, info.SignatureValue, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).ShouldBeTrue();
    }

    [Fact]
    public void TryParse_RichLeaf_ReadsNameAndUsageExtensions()
    {
        var info = Parse(RichLeaf.Value.Der);

        info.DnsNames.ShouldBe(["rich.example.test", "*.rich.example.test"]);
        info.IpAddresses.ShouldBe([IPAddress.Parse("127.0.0.7"), IPAddress.Parse("::1")]);
        info.BasicConstraints.ShouldBe(new BasicConstraintsInfo(false, null, true));
        info.IsCa.ShouldBeFalse();
        info.KeyUsage.ShouldBe(["digitalSignature", "keyAgreement"]);
        info.ExtendedKeyUsage.ShouldBe([TestOids.ServerAuth, TestOids.ClientAuth]);
    }

    [Fact]
    public void TryParse_RichLeaf_ReadsAccessPolicyAndTransparencyExtensions()
    {
        var info = Parse(RichLeaf.Value.Der);

        info.CaIssuersUrls.ShouldBe(["http://127.0.0.1:1/ca.crt"]);
        info.OcspUrls.ShouldBe(["http://127.0.0.1:1/ocsp"]);
        info.CrlUrls.ShouldBe(["http://127.0.0.1:1/a.crl", "http://127.0.0.1:1/b.crl"]);
        info.PolicyOids.ShouldBe(["2.23.140.1.2.2", "1.3.6.1.4.1.99999.1"]);
        info.ValidationLevel.ShouldBe(ValidationLevel.OrganizationValidated);
        info.MustStaple.ShouldBeTrue();
        info.SctCount.ShouldBe(3);
    }

    [Fact]
    public void TryParse_RichLeaf_ReadsKeyIdentifiersAndEveryExtension()
    {
        var leaf = RichLeaf.Value;
        var info = Parse(leaf.Der);
        var intermediate = Parse(DefaultChain.Value.Intermediate.Der);

        info.SubjectKeyId.ShouldBe(leaf.Certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Single().SubjectKeyIdentifier);
        info.AuthorityKeyId.ShouldBe(intermediate.SubjectKeyId);
        info.Extensions.Select(e => e.Oid).ShouldBe(leaf.Certificate.Extensions.Select(e => e.Oid!.Value!));
        var unknown = info.Extensions.Where(e => !e.Recognized).ShouldHaveSingleItem();
        unknown.Oid.ShouldBe("1.3.6.1.4.1.99999.7");
        unknown.Critical.ShouldBeTrue();
        unknown.Value.ShouldBe(new byte[] { 0x05, 0x00 });
        info.Extensions.Single(e => e.Oid == "2.5.29.15").Critical.ShouldBeTrue();
    }

    [Fact]
    public void TryParse_DefaultChain_RootAndIntermediateAreCas()
    {
        var root = Parse(DefaultChain.Value.Root.Der);
        var intermediate = Parse(DefaultChain.Value.Intermediate.Der);
        var leaf = Parse(DefaultChain.Value.Leaf.Der);

        root.IsSelfIssued.ShouldBeTrue();
        root.BasicConstraints.ShouldBe(new BasicConstraintsInfo(true, null, true));
        root.KeyUsage.ShouldBe(["keyCertSign", "cRLSign"]);
        root.AuthorityKeyId.ShouldBe(root.SubjectKeyId);
        intermediate.BasicConstraints.ShouldBe(new BasicConstraintsInfo(true, 0, true));
        intermediate.IssuerNameDer.ShouldBe(root.SubjectNameDer);
        leaf.IsCa.ShouldBeFalse();
        leaf.CaIssuersUrls.ShouldBe([TestPki.DefaultCaIssuersUrl]);
        leaf.ValidationLevel.ShouldBe(ValidationLevel.DomainValidated);
        leaf.PublicKey.ToString().ShouldBe("RSA 2048");
    }

    [Fact]
    public void TryParse_ExtensionsAbsent_LeavesOptionalFieldsEmpty()
    {
        var info = Parse((BareSpec() with { IncludeSubjectKeyId = false, IncludeAuthorityKeyId = false }).Issue().Der);

        info.Extensions.ShouldBeEmpty();
        info.BasicConstraints.ShouldBeNull();
        info.KeyUsage.ShouldBeNull();
        info.ExtendedKeyUsage.ShouldBeNull();
        info.DnsNames.ShouldBeEmpty();
        info.IpAddresses.ShouldBeEmpty();
        info.SubjectKeyId.ShouldBeNull();
        info.AuthorityKeyId.ShouldBeNull();
        info.SctCount.ShouldBe(0);
        info.MustStaple.ShouldBeFalse();
        info.ValidationLevel.ShouldBe(ValidationLevel.Unknown);
        info.NameConstraints.ShouldBeNull();
    }

    [Theory]
    [InlineData("2.23.140.1.1", ValidationLevel.ExtendedValidation)]
    [InlineData("2.23.140.1.2.1", ValidationLevel.DomainValidated)]
    [InlineData("2.23.140.1.2.2", ValidationLevel.OrganizationValidated)]
    [InlineData("2.23.140.1.2.3", ValidationLevel.IndividualValidated)]
    [InlineData("1.3.6.1.4.1.99999.1", ValidationLevel.Unknown)]
    public void TryParse_PolicyOid_GivesValidationLevel(string policyOid, ValidationLevel expected)
    {
        var info = Parse((BareSpec() with { PolicyOids = [policyOid] }).Issue().Der);

        info.ValidationLevel.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(5, true)]
    [InlineData(int.MaxValue, false)]
    public void TryParse_BasicConstraints_ReadsPathLengthAndCriticality(int? pathLength, bool critical)
    {
        var info = Parse((BareSpec() with { BasicConstraints = new BasicConstraintsSpec(true, pathLength, critical) }).Issue().Der);

        info.BasicConstraints.ShouldBe(new BasicConstraintsInfo(true, pathLength, critical));
        info.IsCa.ShouldBeTrue();
    }

    private static CertificateInfo Parse(byte[] der)
    {
        CertificateParser.TryParse(der, out var certificate, out var error).ShouldBeTrue(error);
        error.ShouldBeNull();
        return certificate!;
    }

    private static CertificateSpec BareSpec() => new()
    {
        Subject = "CN=bare",
        NotBefore = Now,
        NotAfter = Now.AddDays(1),
        Key = TestKey.EcP256(),
    };

    private static byte[] Encode(Action<AsnWriter> write)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        write(writer);
        return writer.Encode();
    }
}
