using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class ProtocolVersionTests
{
    [Theory]
    [InlineData(0x0002, "SSLv2")]
    [InlineData(0x0300, "SSLv3")]
    [InlineData(0x0301, "TLSv1.0")]
    [InlineData(0x0303, "TLSv1.2")]
    [InlineData(0x0304, "TLSv1.3")]
    [InlineData(0x7F17, "TLSv1.3-draft-23")]
    [InlineData(0x0A0A, "GREASE(0x0A0A)")]
    [InlineData(0x0305, "0x0305")]
    public void ToString_KnownDraftGreaseAndUnknown_NamesOrHex(int value, string expected) =>
        new ProtocolVersion((ushort)value).ToString().ShouldBe(expected);

    [Fact]
    public void Value_UnknownVersion_IsKeptForRoundTrip()
    {
        var version = new ProtocolVersion(0x0399);

        version.Name.ShouldBeNull();
        version.Major.ShouldBe((byte)0x03);
        version.Minor.ShouldBe((byte)0x99);
    }
}
