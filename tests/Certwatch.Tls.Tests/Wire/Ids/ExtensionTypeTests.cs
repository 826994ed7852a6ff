using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class ExtensionTypeTests
{
    [Theory]
    [InlineData(0x0000, "server_name")]
    [InlineData(0x002B, "supported_versions")]
    [InlineData(0x0033, "key_share")]
    [InlineData(0xFF01, "renegotiation_info")]
    [InlineData(0xFE0D, "encrypted_client_hello")]
    [InlineData(0x3A3A, "GREASE(0x3A3A)")]
    [InlineData(0x4469, "0x4469")]
    public void ToString_KnownGreaseAndUnknown_NameOrHex(int value, string expected) =>
        new ExtensionType((ushort)value).ToString().ShouldBe(expected);
}
