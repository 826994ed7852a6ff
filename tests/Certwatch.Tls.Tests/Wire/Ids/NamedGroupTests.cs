using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class NamedGroupTests
{
    [Theory]
    [InlineData(0x001D, "x25519")]
    [InlineData(0x0017, "secp256r1")]
    [InlineData(0x0100, "ffdhe2048")]
    [InlineData(0x11EC, "X25519MLKEM768")]
    [InlineData(0x11EB, "SecP256r1MLKEM768")]
    [InlineData(0x11ED, "SecP384r1MLKEM1024")]
    [InlineData(0xFAFA, "GREASE(0xFAFA)")]
    [InlineData(0x1234, "0x1234")]
    public void ToString_KnownGreaseAndUnknown_NameOrHex(int value, string expected) =>
        new NamedGroup((ushort)value).ToString().ShouldBe(expected);
}
