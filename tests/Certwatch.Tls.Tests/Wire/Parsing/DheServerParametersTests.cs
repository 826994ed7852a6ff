using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class DheServerParametersTests
{
    [Fact]
    public void TryParse_CapturedOpenSslExchange_Is2048BitGroup()
    {
        var body = WireFixtures.Body("tls12-dhe-rsa-flight.bin", HandshakeType.ServerKeyExchange);

        DheServerParameters.TryParse(body, ServerKeyExchangeSignatureForm.WithScheme, out var parameters, out var error).ShouldBeTrue(error.ToString());

        parameters!.PrimeBits.ShouldBe(2048);
        parameters.GeneratorLength.ShouldBe(1);
        parameters.PublicKeyLength.ShouldBeLessThanOrEqualTo(256);
        parameters.Signature!.Scheme.ShouldBe(SignatureScheme.RsaPssRsaeSha256);
    }

    [Theory]
    [InlineData("00 02 00 C3", 8)]
    [InlineData("00 03 00 01 00", 9)]
    [InlineData("00 01 01", 1)]
    public void PrimeBits_LeadingZeroBytes_AreIgnored(string prime, int bits)
    {
        DheServerParameters.TryParse(WireFixtures.Hex(prime + " 00 01 02 00 01 05"), ServerKeyExchangeSignatureForm.None, out var parameters, out _).ShouldBeTrue();

        parameters!.PrimeBits.ShouldBe(bits);
    }

    [Theory]
    [InlineData("00 00 00 01 02 00 01 05", InvalidMessage.EmptyVector)]
    [InlineData("00 01 FF 00 01 02", InvalidMessage.MessageTooShort)]
    [InlineData("00 01 FF 00 01 02 00 01 05 00", InvalidMessage.TrailingData)]
    public void TryParse_BadParameters_ReportsWhy(string hex, InvalidMessage expected)
    {
        DheServerParameters.TryParse(WireFixtures.Hex(hex), ServerKeyExchangeSignatureForm.None, out _, out var error).ShouldBeFalse();

        error.ShouldBe(expected);
    }
}
