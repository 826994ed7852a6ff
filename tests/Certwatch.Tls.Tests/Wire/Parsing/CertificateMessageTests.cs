using System.Security.Cryptography.X509Certificates;
using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class CertificateMessageTests
{
    [Fact]
    public void TryParse_CapturedCertificate_HoldsTheServersDerCertificate()
    {
        CertificateMessage.TryParse(WireFixtures.Body("tls12-ecdhe-rsa-flight.bin", HandshakeType.Certificate), out var message, out _).ShouldBeTrue();

        using var leaf = X509CertificateLoader.LoadCertificate(message!.Certificates.Single().Span);
        leaf.Subject.ShouldBe("CN=wire.test");
    }

    [Fact]
    public void TryParse_TwoCertificatesInOrder_KeepsOrder()
    {
        CertificateMessage.TryParse(WireFixtures.Hex("00 00 0A  00 00 02 AA AA  00 00 02 BB BB"), out var message, out _).ShouldBeTrue();

        message!.Certificates.Select(c => c.Span[0]).ShouldBe(new byte[] { 0xAA, 0xBB });
    }

    [Fact]
    public void TryParse_EmptyList_IsAnEmptyChain()
    {
        CertificateMessage.TryParse(WireFixtures.Hex("00 00 00"), out var message, out _).ShouldBeTrue();

        message!.Certificates.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("00 00", InvalidMessage.MessageTooShort)]
    [InlineData("00 00 05 00 00 03 AA", InvalidMessage.MessageTooShort)]
    [InlineData("00 00 05 00 00 03 AA AA BB CC", InvalidMessage.TrailingData)]
    [InlineData("00 00 03 00 00 00", InvalidMessage.EmptyVector)]
    [InlineData("00 00 04 00 00 05 AA", InvalidMessage.LengthMismatch)]
    public void TryParse_BadLengths_ReportsWhy(string hex, InvalidMessage expected)
    {
        CertificateMessage.TryParse(WireFixtures.Hex(hex), out _, out var error).ShouldBeFalse();

        error.ShouldBe(expected);
    }
}
