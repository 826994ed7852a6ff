using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Model;

namespace Certwatch.X509.Tests.Model;

public sealed partial class CertificateParserTests
{
    public static TheoryData<string, string, int> RawKeyTable => new()
    {
        { "1.3.101.112", "Ed25519", 256 },
        { "1.3.101.113", "Ed448", 448 },
        { "1.2.3.4.5.6", "1.2.3.4.5.6", 256 },
    };

    [Theory]
    [MemberData(nameof(RawKeyTable))]
    public void TryParse_KeyWithoutParameters_ReportsAlgorithmAndSize(string oid, string expectedAlgorithm, int expectedBits)
    {
        var keyBytes = new byte[oid == "1.3.101.113" ? 57 : 32];
        var publicKey = new PublicKey(new Oid(oid), null, new AsnEncodedData(keyBytes));

        var info = Parse(OtherKeySpec(publicKey).Issue().Der);

        info.PublicKey.ShouldBe(new PublicKeyInfo(expectedAlgorithm, expectedBits, null, oid));
    }

    [Fact]
    public void TryParse_DsaKey_ReportsPrimeSize()
    {
        using var dsa = DSA.Create(2048);

        var info = Parse(OtherKeySpec(new PublicKey(dsa)).Issue().Der);

        info.PublicKey.ShouldBe(new PublicKeyInfo("DSA", 2048, null, "1.2.840.10040.4.1"));
    }

    [Fact]
    public void TryParse_RsaPssKey_ReportsModulusSize()
    {
        using var rsa = RSA.Create(2048);
        var publicKey = new PublicKey(new Oid("1.2.840.113549.1.1.10"), null, new AsnEncodedData(rsa.ExportRSAPublicKey()));

        var info = Parse(OtherKeySpec(publicKey).Issue().Der);

        info.PublicKey.ShouldBe(new PublicKeyInfo("RSA-PSS", 2048, null, "1.2.840.113549.1.1.10"));
    }

    [Fact]
    public void TryParse_UnknownSignatureAlgorithm_ReportsOidAsName()
    {
        var info = Parse(DefaultChain.Value.Leaf.Der);
        var der = DefaultChain.Value.Leaf.Der.ToArray();
        var sha256WithRsa = Convert.FromHexString("2A864886F70D01010B");
        var outerAlgorithm = der.AsSpan().LastIndexOf(sha256WithRsa);
        der[outerAlgorithm + sha256WithRsa.Length - 1] = 0x7F; // 1.2.840.113549.1.1.127

        var changed = Parse(der);

        info.SignatureAlgorithm.Name.ShouldBe("sha256WithRSAEncryption");
        changed.SignatureAlgorithm.ShouldBe(new SignatureAlgorithmInfo("1.2.840.113549.1.1.127", "1.2.840.113549.1.1.127", null));
    }

    private static CertificateSpec OtherKeySpec(PublicKey publicKey) =>
        BareSpec() with { Issuer = DefaultChain.Value.Intermediate, SubjectPublicKey = publicKey };
}
