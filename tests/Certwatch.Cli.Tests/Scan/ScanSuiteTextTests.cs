using Certwatch.Cli.Rendering;
using Certwatch.Tls.Wire;

namespace Certwatch.Cli.Tests.Scan;

public sealed class ScanSuiteTextTests
{
    [Theory]
    [InlineData("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "64-bit block cipher (SWEET32)")]
    [InlineData("TLS_RSA_WITH_RC4_128_SHA", "RC4")]
    [InlineData("TLS_RSA_WITH_NULL_SHA256", "no encryption")]
    [InlineData("TLS_RSA_EXPORT_WITH_RC4_40_MD5", "export grade, RC4")]
    [InlineData("TLS_DH_anon_WITH_AES_128_CBC_SHA", "anonymous")]
    [InlineData("TLS_RSA_WITH_IDEA_CBC_SHA", "64-bit block cipher (SWEET32)")]
    public void Weakness_WeakSuite_NamesWhy(string iana, string expected)
    {
        ScanSuiteText.Weakness(ScanSamples.Suite(iana)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")]
    [InlineData("TLS_AES_256_GCM_SHA384")]
    [InlineData("TLS_RSA_WITH_AES_128_CBC_SHA")]
    public void Weakness_SoundSuite_Null(string iana)
    {
        ScanSuiteText.Weakness(ScanSamples.Suite(iana)).ShouldBeNull();
    }

    [Theory]
    [InlineData(1024, "DH 1024 bits")]
    [InlineData(2048, null)]
    public void Weakness_DheGroup_FlaggedBelow2048Bits(int bits, string? expected)
    {
        ScanSuiteText.Weakness(ScanSamples.Suite("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", dhBits: bits)).ShouldBe(expected);
    }

    [Fact]
    public void Cells_Tls13Suite_NoDuplicateOpenSslNameAndForwardSecrecy()
    {
        var cells = ScanSuiteText.Cells(ScanSamples.Suite("TLS_AES_128_GCM_SHA256", NamedGroup.X25519));

        cells.ShouldBe(["TLS_AES_128_GCM_SHA256", "", "128 bits", "FS", "AEAD", "x25519", ""]);
    }
}
