using System.Text;
using Certwatch.X509.Model;

namespace Certwatch.X509.Tests.Model;

public sealed partial class CertificateParserTests
{
    [Fact]
    public void ParsePemBundle_TwoCertificatesAndJunk_ReturnsBothInOrder()
    {
        var pem = "subject=junk line\n" + DefaultChain.Value.Leaf.Pem + "\nrandom text -----\n" + DefaultChain.Value.Intermediate.Pem + "trailer";

        var certificates = CertificateParser.ParsePemBundle(pem, out var errors);

        errors.ShouldBeEmpty();
        certificates.Select(c => c.SubjectCommonName).ShouldBe(["www.example.test", "Certwatch Test Intermediate"]);
    }

    [Fact]
    public void ParsePemBundle_OtherLabels_AreSkipped()
    {
        var pem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" + DefaultChain.Value.Root.Pem;

        var certificates = CertificateParser.ParsePemBundle(pem, out var errors);

        errors.ShouldBeEmpty();
        certificates.ShouldHaveSingleItem().IsSelfIssued.ShouldBeTrue();
    }

    [Fact]
    public void ParsePemBundle_BlockWithGarbageCertificate_ReportsItAndKeepsTheRest()
    {
        var garbage = "-----BEGIN CERTIFICATE-----\nAQIDBA==\n-----END CERTIFICATE-----\n";

        var certificates = CertificateParser.ParsePemBundle(garbage + DefaultChain.Value.Leaf.Pem, out var errors);

        certificates.ShouldHaveSingleItem().SubjectCommonName.ShouldBe("www.example.test");
        errors.ShouldHaveSingleItem().ShouldBe("certificate 1: not a certificate: expected SEQUENCE at offset 0, found 0x01");
    }

    [Fact]
    public void ParsePemBundle_BrokenBase64_IsReported()
    {
        var broken = "-----BEGIN CERTIFICATE-----\n!!!not base64!!!\n-----END CERTIFICATE-----\n";

        var certificates = CertificateParser.ParsePemBundle(broken, out var errors);

        certificates.ShouldBeEmpty();
        errors.ShouldHaveSingleItem().ShouldContain("invalid base64");
    }

    [Fact]
    public void ParsePemBundle_NoPemText_ReportsWhy()
    {
        CertificateParser.ParsePemBundle("hello", out var errors).ShouldBeEmpty();

        errors.ShouldHaveSingleItem().ShouldContain("not a certificate");
    }

    [Fact]
    public void ParseBundle_DerBytes_ReadsOneCertificate()
    {
        var certificates = CertificateParser.ParseBundle(DefaultChain.Value.Leaf.Der, out var errors);

        errors.ShouldBeEmpty();
        certificates.ShouldHaveSingleItem().Sha256Fingerprint.ShouldBe(DefaultChain.Value.Leaf.Info.Sha256Fingerprint);
    }

    [Fact]
    public void ParseBundle_PemBytes_ReadsAllCertificates()
    {
        var bytes = Encoding.ASCII.GetBytes(DefaultChain.Value.Leaf.Pem + DefaultChain.Value.Intermediate.Pem + DefaultChain.Value.Root.Pem);

        var certificates = CertificateParser.ParseBundle(bytes, out var errors);

        errors.ShouldBeEmpty();
        certificates.Select(c => c.IsCa).ShouldBe([false, true, true]);
    }
}
