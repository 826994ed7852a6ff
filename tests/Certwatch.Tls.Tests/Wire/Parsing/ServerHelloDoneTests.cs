using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class ServerHelloDoneTests
{
    [Fact]
    public void TryParse_CapturedServerHelloDone_IsEmpty() =>
        ServerHelloDone.TryParse(WireFixtures.Body("tls12-ecdhe-rsa-flight.bin", HandshakeType.ServerHelloDone), out _).ShouldBeTrue();

    [Fact]
    public void TryParse_AnyBody_IsTrailingData()
    {
        ServerHelloDone.TryParse([0x00], out var error).ShouldBeFalse();

        error.ShouldBe(InvalidMessage.TrailingData);
    }
}
