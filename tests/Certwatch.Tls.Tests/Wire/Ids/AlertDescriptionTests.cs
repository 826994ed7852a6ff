using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class AlertDescriptionTests
{
    [Theory]
    [InlineData(40, "handshake_failure(40)")]
    [InlineData(70, "protocol_version(70)")]
    [InlineData(86, "inappropriate_fallback(86)")]
    [InlineData(112, "unrecognized_name(112)")]
    [InlineData(200, "0xC8")]
    public void ToString_KnownAndUnknown_NameWithCodeOrHex(int value, string expected) =>
        new AlertDescription((byte)value).ToString().ShouldBe(expected);
}
