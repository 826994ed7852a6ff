using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class EcdheServerParametersTests
{
    [Fact]
    public void TryParse_CapturedTls12Exchange_IsP256WithUncompressedPointAndPssSignature()
    {
        var body = WireFixtures.Body("tls12-ecdhe-rsa-flight.bin", HandshakeType.ServerKeyExchange);

        EcdheServerParameters.TryParse(body, ServerKeyExchangeSignatureForm.WithScheme, out var parameters, out var error).ShouldBeTrue(error.ToString());

        parameters!.Group.ShouldBe(NamedGroup.Secp256r1);
        parameters.PublicKeyLength.ShouldBe(65);
        parameters.Signature!.Scheme.ShouldBe(SignatureScheme.RsaPssRsaeSha256);
        parameters.Signature.Signature.Length.ShouldBe(256);
    }

    [Fact]
    public void TryParse_AnonymousForm_HasNoSignature()
    {
        EcdheServerParameters.TryParse(WireFixtures.Hex("03 00 1D 02 AA BB"), ServerKeyExchangeSignatureForm.None, out var parameters, out _).ShouldBeTrue();

        parameters!.Group.ShouldBe(NamedGroup.X25519);
        parameters.Signature.ShouldBeNull();
    }

    [Fact]
    public void TryParse_Tls10Form_SignatureHasNoScheme()
    {
        EcdheServerParameters.TryParse(WireFixtures.Hex("03 00 17 01 04 00 02 AA BB"), ServerKeyExchangeSignatureForm.Unlabelled, out var parameters, out _).ShouldBeTrue();

        parameters!.Signature!.Scheme.ShouldBeNull();
        parameters.Signature.Signature.Length.ShouldBe(2);
    }

    [Theory]
    [InlineData("01 00 17", InvalidMessage.UnsupportedCurveType)]
    [InlineData("03 00 17 00", InvalidMessage.EmptyVector)]
    [InlineData("03 00 17 05 04", InvalidMessage.MessageTooShort)]
    [InlineData("03 00 1D 01 04 FF", InvalidMessage.TrailingData)]
    public void TryParse_BadParameters_ReportsWhy(string hex, InvalidMessage expected)
    {
        EcdheServerParameters.TryParse(WireFixtures.Hex(hex), ServerKeyExchangeSignatureForm.None, out _, out var error).ShouldBeFalse();

        error.ShouldBe(expected);
    }
}
