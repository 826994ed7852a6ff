using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class AlertLevelTests
{
    [Theory]
    [InlineData(1, "warning")]
    [InlineData(2, "fatal")]
    [InlineData(3, "0x03")]
    public void ToString_KnownAndUnknown_NameOrHex(int value, string expected) =>
        new AlertLevel((byte)value).ToString().ShouldBe(expected);
}
