using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class HandshakeMessageTests
{
    [Fact]
    public void TryReadAll_Tls12EcdheFlight_IsTheFourMessageFlight() =>
        WireFixtures.Messages("tls12-ecdhe-rsa-flight.bin").Select(m => m.Type).ShouldBe(
            [HandshakeType.ServerHello, HandshakeType.Certificate, HandshakeType.ServerKeyExchange, HandshakeType.ServerHelloDone]);

    [Fact]
    public void TryReadAll_MessageSplitAcrossRecords_IsJoined()
    {
        var message = new HandshakeMessage(HandshakeType.ServerHelloDone, new byte[] { 1, 2, 3 }).ToBytes();
        var records = new[]
        {
            new TlsRecord(new TlsRecordHeader(ContentType.Handshake, ProtocolVersion.Tls12, 3), message[..3]),
            new TlsRecord(new TlsRecordHeader(ContentType.Handshake, ProtocolVersion.Tls12, 4), message[3..]),
        };

        HandshakeMessage.TryReadAll(records, out var messages, out _).ShouldBeTrue();

        messages.Single().Body.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
    }

    [Fact]
    public void TryReadAll_CutOffMessage_IsTooShort()
    {
        HandshakeMessage.TryReadAll(WireFixtures.Hex("0E 00 00 04 00 00"), out _, out var error).ShouldBeFalse();

        error.ShouldBe(InvalidMessage.MessageTooShort);
    }
}
