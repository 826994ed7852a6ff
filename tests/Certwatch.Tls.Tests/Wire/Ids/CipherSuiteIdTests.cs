using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class CipherSuiteIdTests
{
    [Theory]
    [InlineData(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")]
    [InlineData(0x1301, "TLS_AES_128_GCM_SHA256")]
    [InlineData(0x5600, "TLS_FALLBACK_SCSV")]
    [InlineData(0x00FF, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV")]
    [InlineData(0x2A2A, "GREASE(0x2A2A)")]
    [InlineData(0x00D0, "0x00D0")]
    public void ToString_KnownGreaseAndUnassigned_IanaNameOrHex(int value, string expected) =>
        new CipherSuiteId((ushort)value).ToString().ShouldBe(expected);

    [Fact]
    public void Constants_SignalingValues_HaveTheirRfcValues()
    {
        CipherSuiteId.FallbackScsv.Value.ShouldBe((ushort)0x5600);
        CipherSuiteId.EmptyRenegotiationInfoScsv.Value.ShouldBe((ushort)0x00FF);
    }
}
