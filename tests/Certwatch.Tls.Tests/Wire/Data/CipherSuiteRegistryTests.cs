using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Data;

public class CipherSuiteRegistryTests
{
    // What TLS 1.2/1.3 clients (browsers, OpenSSL/curl, Go, Java) commonly offer, plus the legacy suites a
    // scanner must recognise on old servers. Every one must be in the table with its IANA name.
    public static TheoryData<int, string> CommonlyOffered => new()
    {
        { 0x1301, "TLS_AES_128_GCM_SHA256" },
        { 0x1302, "TLS_AES_256_GCM_SHA384" },
        { 0x1303, "TLS_CHACHA20_POLY1305_SHA256" },
        { 0x1304, "TLS_AES_128_CCM_SHA256" },
        { 0xC02B, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" },
        { 0xC02C, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384" },
        { 0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" },
        { 0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" },
        { 0xCCA8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256" },
        { 0xCCA9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256" },
        { 0xCCAA, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256" },
        { 0xC009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA" },
        { 0xC00A, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA" },
        { 0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA" },
        { 0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA" },
        { 0xC023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256" },
        { 0xC024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384" },
        { 0xC027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256" },
        { 0xC028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384" },
        { 0x009C, "TLS_RSA_WITH_AES_128_GCM_SHA256" },
        { 0x009D, "TLS_RSA_WITH_AES_256_GCM_SHA384" },
        { 0x009E, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256" },
        { 0x009F, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384" },
        { 0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA" },
        { 0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA" },
        { 0x003C, "TLS_RSA_WITH_AES_128_CBC_SHA256" },
        { 0x003D, "TLS_RSA_WITH_AES_256_CBC_SHA256" },
        { 0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA" },
        { 0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA" },
        { 0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256" },
        { 0x006B, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256" },
        { 0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA" },
        { 0xC012, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA" },
        { 0x0005, "TLS_RSA_WITH_RC4_128_SHA" },
        { 0x0004, "TLS_RSA_WITH_RC4_128_MD5" },
        { 0xC011, "TLS_ECDHE_RSA_WITH_RC4_128_SHA" },
        { 0x0003, "TLS_RSA_EXPORT_WITH_RC4_40_MD5" },
        { 0x0008, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA" },
        { 0x00FF, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV" },
        { 0x5600, "TLS_FALLBACK_SCSV" },
    };

    [Theory]
    [MemberData(nameof(CommonlyOffered))]
    public void Find_CommonlyOfferedSuite_IsPresentWithIanaName(int value, string ianaName) =>
        CipherSuiteRegistry.Find(new CipherSuiteId((ushort)value)).ShouldNotBeNull(ianaName).IanaName.ShouldBe(ianaName);

    [Fact]
    public void All_Values_AreUnique() =>
        CipherSuiteRegistry.All.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).ShouldBeEmpty();

    [Fact]
    public void All_IanaNames_AreUnique() =>
        CipherSuiteRegistry.All.GroupBy(s => s.IanaName).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();

    [Fact]
    public void All_OpenSslNames_AreUnique() =>
        CipherSuiteRegistry.All.Where(s => s.OpenSslName is not null).GroupBy(s => s.OpenSslName)
            .Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();

    [Fact]
    public void All_WholeIanaRegistry_IsLoaded() => CipherSuiteRegistry.All.Count.ShouldBeGreaterThanOrEqualTo(350);

    [Fact]
    public void All_NonSignalingSuites_NameTheirKeyExchangeInTheIanaName()
    {
        var legacy = CipherSuiteRegistry.All.Where(s => !s.IsTls13 && !s.IsSignalingValue && s.KeyExchange != KeyExchange.Null);

        legacy.Where(s => !s.IanaName.Contains("_WITH_", StringComparison.Ordinal)).Select(s => s.IanaName).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0xC02F, "ECDHE-RSA-AES128-GCM-SHA256", KeyExchange.Ecdhe, Authentication.Rsa, "AES_128_GCM", 128, "AEAD", true, false, 0x0303)]
    [InlineData(0x1301, "TLS_AES_128_GCM_SHA256", KeyExchange.Any, Authentication.Any, "AES_128_GCM", 128, "AEAD", true, false, 0x0304)]
    [InlineData(0x000A, "DES-CBC3-SHA", KeyExchange.Rsa, Authentication.Rsa, "3DES_EDE_CBC", 168, "SHA", false, false, 0x0300)]
    [InlineData(0x0003, "EXP-RC4-MD5", KeyExchange.Rsa, Authentication.Rsa, "RC4_40", 40, "MD5", false, true, 0x0300)]
    [InlineData(0x0034, "ADH-AES128-SHA", KeyExchange.Dhe, Authentication.Anonymous, "AES_128_CBC", 128, "SHA", true, false, 0x0301)]
    [InlineData(0xC00E, "", KeyExchange.Ecdh, Authentication.Rsa, "AES_128_CBC", 128, "SHA", false, false, 0x0301)]
    [InlineData(0x0039, "DHE-RSA-AES256-SHA", KeyExchange.Dhe, Authentication.Rsa, "AES_256_CBC", 256, "SHA", true, false, 0x0301)]
    [InlineData(0x003B, "NULL-SHA256", KeyExchange.Rsa, Authentication.Rsa, "NULL", 0, "SHA256", false, false, 0x0303)]
    public void Find_KnownSuite_HasItsProperties(
        int value, string openSsl, KeyExchange kx, Authentication auth, string cipher, int bits, string mac, bool fs, bool export, int minProtocol)
    {
        var suite = CipherSuiteRegistry.Find(new CipherSuiteId((ushort)value)).ShouldNotBeNull();

        suite.ShouldSatisfyAllConditions(
            () => (suite.OpenSslName ?? "").ShouldBe(openSsl),
            () => suite.KeyExchange.ShouldBe(kx),
            () => suite.Authentication.ShouldBe(auth),
            () => suite.Cipher.ShouldBe(cipher),
            () => suite.KeyBits.ShouldBe(bits),
            () => suite.Mac.ShouldBe(mac),
            () => suite.ForwardSecrecy.ShouldBe(fs),
            () => suite.Export.ShouldBe(export),
            () => suite.MinProtocol.ShouldBe(new ProtocolVersion((ushort)minProtocol)));
    }

    [Theory]
    [InlineData("ECDHE-RSA-AES128-GCM-SHA256", 0xC02F)]
    [InlineData("tls_ecdhe_rsa_with_aes_128_gcm_sha256", 0xC02F)]
    [InlineData("TLS_CHACHA20_POLY1305_SHA256", 0x1303)]
    public void FindByName_IanaOrOpenSslName_FindsTheSuite(string name, int value) =>
        CipherSuiteRegistry.FindByName(name).ShouldNotBeNull().Id.ShouldBe(new CipherSuiteId((ushort)value));

    [Fact]
    public void FindByName_UnknownName_IsNull() => CipherSuiteRegistry.FindByName("NOT-A-SUITE").ShouldBeNull();

    [Fact]
    public void All_ExportSuites_HaveAtMost56BitKeys() =>
        CipherSuiteRegistry.All.Where(s => s.Export && s.KeyBits > 56).Select(s => s.IanaName).ShouldBeEmpty();
}
