using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class ContentTypeTests
{
    [Theory]
    [InlineData(21, "alert")]
    [InlineData(22, "handshake")]
    [InlineData(24, "heartbeat")]
    [InlineData(0x80, "0x80")]
    public void ToString_KnownAndUnknown_NameOrHex(int value, string expected) =>
        new ContentType((byte)value).ToString().ShouldBe(expected);
}
