using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class Ssl2CipherKindTests
{
    [Theory]
    [InlineData(0x010080, "SSL_CK_RC4_128_WITH_MD5", 128, false)]
    [InlineData(0x020080, "SSL_CK_RC4_128_EXPORT40_WITH_MD5", 40, true)]
    [InlineData(0x0700C0, "SSL_CK_DES_192_EDE3_CBC_WITH_MD5", 168, false)]
    public void Properties_KnownKind_NameBitsAndExport(int value, string name, int bits, bool export)
    {
        var kind = new Ssl2CipherKind(value);

        kind.ToString().ShouldBe(name);
        kind.KeyBits.ShouldBe(bits);
        kind.IsExport.ShouldBe(export);
    }

    [Fact]
    public void AsTlsCipherSuite_ZeroPrefixedKind_IsTheTlsSuite()
    {
        var kind = Ssl2CipherKind.FromTlsCipherSuite(new CipherSuiteId(0x002F));

        kind.Value.ShouldBe(0x00002F);
        kind.AsTlsCipherSuite.ShouldBe(new CipherSuiteId(0x002F));
        kind.ToString().ShouldBe("TLS_RSA_WITH_AES_128_CBC_SHA");
        Ssl2CipherKind.Rc4128WithMd5.AsTlsCipherSuite.ShouldBeNull();
    }

    [Fact]
    public void AllKnown_SevenSsl2Kinds_Listed() => Ssl2CipherKind.AllKnown.Count.ShouldBe(7);
}
