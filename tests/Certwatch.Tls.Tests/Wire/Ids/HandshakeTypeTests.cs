using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class HandshakeTypeTests
{
    [Theory]
    [InlineData(1, "client_hello")]
    [InlineData(12, "server_key_exchange")]
    [InlineData(14, "server_hello_done")]
    [InlineData(99, "0x63")]
    public void ToString_KnownAndUnknown_NameOrHex(int value, string expected) =>
        new HandshakeType((byte)value).ToString().ShouldBe(expected);
}
