using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class Ssl2ServerHelloTests
{
    // SSL 2.0 draft §2.6, hand-assembled: 2-byte header (length 0x24), SERVER-HELLO(4), no session-id hit,
    // X509 certificate type(1), version 0x0002, certificate AA BB CC, kinds RC4_128_WITH_MD5 and DES_192_EDE3, 16-byte connection id.
    private const string Hello =
        "80 24  04 00 01 00 02  00 03 00 06 00 10  AA BB CC  01 00 80 07 00 C0  00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F";

    [Fact]
    public void TryParse_HandAssembledHello_ReadsVersionCertificateAndKinds()
    {
        Ssl2ServerHello.TryParse(WireFixtures.Hex(Hello), out var hello, out var error).ShouldBeTrue(error.ToString());

        hello!.ShouldSatisfyAllConditions(
            h => h.Version.ShouldBe(ProtocolVersion.Ssl2),
            h => h.SessionIdHit.ShouldBeFalse(),
            h => h.CertificateType.ShouldBe((byte)1),
            h => h.Certificate.ToArray().ShouldBe(new byte[] { 0xAA, 0xBB, 0xCC }),
            h => h.CipherKinds.ShouldBe([Ssl2CipherKind.Rc4128WithMd5, Ssl2CipherKind.Des192Ede3CbcWithMd5]),
            h => h.ConnectionId.Length.ShouldBe(16));
    }

    [Theory]
    [InlineData("80", InvalidMessage.MessageTooShort)]
    [InlineData("80 05 04 00 01 00", InvalidMessage.MessageTooShort)]
    [InlineData("80 01 00", InvalidMessage.UnexpectedMessageType)]
    [InlineData("80 0D 04 00 01 00 02 00 00 00 02 00 00 01 00", InvalidMessage.LengthMismatch)]
    [InlineData("80 0D 04 00 01 00 02 00 00 00 00 00 00 FF FF", InvalidMessage.TrailingData)]
    [InlineData("16 03 01 00 05 01", InvalidMessage.MessageTooShort)]
    public void TryParse_BadRecord_ReportsWhy(string hex, InvalidMessage expected)
    {
        Ssl2ServerHello.TryParse(WireFixtures.Hex(hex), out _, out var error).ShouldBeFalse();

        error.ShouldBe(expected);
    }
}
