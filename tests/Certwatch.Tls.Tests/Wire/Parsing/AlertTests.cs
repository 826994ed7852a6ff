using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class AlertTests
{
    [Fact]
    public void TryParse_CapturedNoSharedCipherAnswer_IsFatalHandshakeFailure()
    {
        TlsRecord.TryRead(WireFixtures.Read("tls12-no-shared-cipher-alert.bin"), out var record, out _, out _).ShouldBeTrue();

        record!.ContentType.ShouldBe(ContentType.Alert);
        Alert.TryParse(record.Fragment.Span, out var alert, out _).ShouldBeTrue();
        alert.ShouldBe(new Alert(AlertLevel.Fatal, AlertDescription.HandshakeFailure));
        alert.ToString().ShouldBe("fatal alert handshake_failure(40)");
    }

    [Theory]
    [InlineData("02", InvalidMessage.MessageTooShort)]
    [InlineData("02 28 00", InvalidMessage.TrailingData)]
    public void TryParse_WrongLength_ReportsWhy(string hex, InvalidMessage expected)
    {
        Alert.TryParse(WireFixtures.Hex(hex), out _, out var error).ShouldBeFalse();

        error.ShouldBe(expected);
    }

    [Fact]
    public void TryParse_UnknownDescription_IsKept()
    {
        Alert.TryParse(WireFixtures.Hex("01 C8"), out var alert, out _).ShouldBeTrue();

        alert.ToString().ShouldBe("warning alert 0xC8");
    }
}
