using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class ServerAnswerTests
{
    [Theory]
    [InlineData("tls12-ecdhe-rsa-flight.bin", ServerAnswerKind.ServerHello)]
    [InlineData("tls13-x25519-server-hello.bin", ServerAnswerKind.ServerHello)]
    [InlineData("tls13-hello-retry-request.bin", ServerAnswerKind.HelloRetryRequest)]
    [InlineData("tls12-no-shared-cipher-alert.bin", ServerAnswerKind.Alert)]
    public void Read_CapturedAnswers_AreClassified(string fixture, ServerAnswerKind expected) =>
        ServerAnswer.Read(WireFixtures.Read(fixture)).Kind.ShouldBe(expected);

    [Fact]
    public void Read_AlertAnswer_CarriesTheAlert() =>
        ServerAnswer.Read(WireFixtures.Read("tls12-no-shared-cipher-alert.bin")).Alert.ShouldBe(new Alert(AlertLevel.Fatal, AlertDescription.HandshakeFailure));

    [Fact]
    public void Read_Tls13Answer_CarriesTheNegotiatedVersion() =>
        ServerAnswer.Read(WireFixtures.Read("tls13-x25519-server-hello.bin")).ServerHello!.NegotiatedVersion.ShouldBe(ProtocolVersion.Tls13);

    [Fact]
    public void Read_EveryPrefixOfAServerHelloRecord_IsIncomplete()
    {
        var answer = WireFixtures.Read("tls13-x25519-server-hello.bin");
        TlsRecord.TryRead(answer, out _, out var firstRecordLength, out _);

        for (var length = 0; length < firstRecordLength; length++)
        {
            ServerAnswer.Read(answer.AsSpan(0, length)).Kind.ShouldBe(ServerAnswerKind.Incomplete, $"{length} bytes");
        }
    }

    [Fact]
    public void Read_ServerHelloSplitAcrossRecords_IsJoined()
    {
        var hello = WireFixtures.Messages("tls13-x25519-server-hello.bin")[0].ToBytes();
        byte[] split = [0x16, 0x03, 0x03, 0x00, 0x0A, .. hello[..10], 0x16, 0x03, 0x03, 0x00, (byte)(hello.Length - 10), .. hello[10..]];

        ServerAnswer.Read(split).Kind.ShouldBe(ServerAnswerKind.ServerHello);
        ServerAnswer.Read(split[..20]).Kind.ShouldBe(ServerAnswerKind.Incomplete);
    }

    [Theory]
    [InlineData("48 54 54 50 2F 31 2E 31 20 34 30 30", ServerAnswerKind.NotTls, InvalidMessage.UnknownRecordType)]
    [InlineData("17 03 03 00 01 00", ServerAnswerKind.Malformed, InvalidMessage.UnexpectedMessageType)]
    [InlineData("16 03 03 00 04 0B 00 00 00", ServerAnswerKind.Malformed, InvalidMessage.UnexpectedMessageType)]
    [InlineData("15 03 03 00 01 02", ServerAnswerKind.Malformed, InvalidMessage.MessageTooShort)]
    [InlineData("80 01 00", ServerAnswerKind.Malformed, InvalidMessage.UnexpectedMessageType)]
    public void Read_OtherAnswers_SayWhatTheyAre(string hex, ServerAnswerKind kind, InvalidMessage error) =>
        ServerAnswer.Read(WireFixtures.Hex(hex)).ShouldBe(new ServerAnswer(kind, error));

    [Fact]
    public void Read_Ssl2ServerHello_IsRecognised()
    {
        var hello = WireFixtures.Hex("80 0B 04 00 01 00 02 00 00 00 00 00 00");

        var answer = ServerAnswer.Read(hello);

        answer.Kind.ShouldBe(ServerAnswerKind.Ssl2ServerHello);
        answer.Ssl2ServerHello!.Version.ShouldBe(ProtocolVersion.Ssl2);
    }
}
