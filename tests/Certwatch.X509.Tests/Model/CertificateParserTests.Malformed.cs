using System.Security.Cryptography.X509Certificates;
using Certwatch.X509.Model;

namespace Certwatch.X509.Tests.Model;

public sealed partial class CertificateParserTests
{
    [Fact]
    public void TryParse_Empty_FailsWithReason()
    {
        CertificateParser.TryParse(ReadOnlyMemory<byte>.Empty, out _, out var error).ShouldBeFalse();

        error.ShouldBe("not a certificate: no data");
    }

    [Fact]
    public void TryParse_WrongOuterTag_NamesTheOffset()
    {
        var der = DefaultChain.Value.Leaf.Der.ToArray();
        der[0] = 0x31;

        CertificateParser.TryParse(der, out _, out var error).ShouldBeFalse();

        error.ShouldBe("not a certificate: expected SEQUENCE at offset 0, found 0x31");
    }

    [Fact]
    public void TryParse_TruncatedAtEveryLength_FailsWithReason()
    {
        var der = DefaultChain.Value.Leaf.Der;

        for (var length = 0; length < der.Length; length++)
        {
            ShouldFailWithReason(der[..length]);
        }
    }

    [Fact]
    public void TryParse_EveryByteFlipped_NeverThrows()
    {
        var der = RichLeaf.Value.Der;

        for (var i = 0; i < der.Length; i++)
        {
            var copy = der.ToArray();
            copy[i] ^= 0xFF;
            var parsed = CertificateParser.TryParse(copy, out var certificate, out var error);
            (parsed ? certificate is not null && error is null : certificate is null && !string.IsNullOrEmpty(error)).ShouldBeTrue($"byte {i}: {error}");
        }
    }

    [Fact]
    public void TryParse_RandomBytes_FailWithReason()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length > 4)
            {
                bytes[0] = 0x30; // get past the first check so deeper decoding is exercised
            }

            ShouldFailWithReason(bytes);
        }
    }

    [Fact]
    public void TryParse_IndefiniteLength_FailsWithReason()
    {
        byte[] indefinite = [0x30, 0x80, .. DefaultChain.Value.Leaf.Der, 0x00, 0x00];

        ShouldFailWithReason(indefinite);
    }

    [Fact]
    public void TryParse_HugeDeclaredLength_FailsWithReason()
    {
        ShouldFailWithReason([0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, 0x30, 0x00]);
    }

    [Fact]
    public void TryParse_EmptySequence_FailsWithReason()
    {
        ShouldFailWithReason([0x30, 0x00]);
    }

    [Fact]
    public void TryParse_TrailingData_FailsWithReason()
    {
        byte[] der = [.. DefaultChain.Value.Leaf.Der, 0x00];

        CertificateParser.TryParse(der, out _, out var error).ShouldBeFalse();

        error.ShouldNotBeNull().ShouldContain("trailing data");
    }

    [Fact]
    public void TryParse_MalformedSubjectAltName_NamesTheExtension()
    {
        var badSan = new X509Extension("2.5.29.17", [0x04, 0x01, 0x00], critical: false);

        CertificateParser.TryParse((BareSpec() with { ExtraExtensions = [badSan] }).Issue().Der, out _, out var error).ShouldBeFalse();

        error.ShouldNotBeNull().ShouldStartWith("malformed subjectAltName extension:");
    }

    [Theory]
    [InlineData("1.3.6.1.5.5.7.1.1")]
    [InlineData("2.5.29.31")]
    public void TryParse_MalformedInformationalExtension_KeepsCertificateAndMarksItUnprocessed(string oid)
    {
        var bad = new X509Extension(oid, [0x30, 0x03, 0x02, 0x01, 0x05], critical: false);

        var info = Parse((BareSpec() with { ExtraExtensions = [bad] }).Issue().Der);

        info.Extensions.Single(e => e.Oid == oid).Recognized.ShouldBeFalse();
        info.CaIssuersUrls.ShouldBeEmpty();
        info.CrlUrls.ShouldBeEmpty();
    }

    private static void ShouldFailWithReason(byte[] input)
    {
        var parsed = CertificateParser.TryParse(input, out var certificate, out var error);

        parsed.ShouldBeFalse();
        certificate.ShouldBeNull();
        error.ShouldNotBeNullOrWhiteSpace();
        error.ShouldNotContain("\n");
    }
}
