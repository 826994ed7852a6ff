using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class HandshakeHeaderTests
{
    [Fact]
    public void TryParse_ServerHelloHeader_ReadsTypeAndUint24Length()
    {
        HandshakeHeader.TryParse(WireFixtures.Hex("02 01 00 59"), out var header, out _).ShouldBeTrue();

        header.ShouldBe(new HandshakeHeader(HandshakeType.ServerHello, 0x010059));
    }

    [Fact]
    public void TryParse_ThreeBytes_IsTooShort()
    {
        HandshakeHeader.TryParse(WireFixtures.Hex("02 00 00"), out _, out var error).ShouldBeFalse();

        error.ShouldBe(InvalidMessage.MessageTooShort);
    }
}
