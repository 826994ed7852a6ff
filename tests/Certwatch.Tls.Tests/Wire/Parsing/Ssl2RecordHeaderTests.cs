using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class Ssl2RecordHeaderTests
{
    [Theory]
    [InlineData("80 2E", 2, 0x2E, 0)]
    [InlineData("FF FF", 2, 0x7FFF, 0)]
    [InlineData("00 20 07", 3, 0x20, 7)]
    [InlineData("7F FF 00", 3, 0x3FFF, 0)]
    public void TryParse_TwoAndThreeByteForms_ReadLengthAndPadding(string hex, int headerLength, int length, int padding)
    {
        Ssl2RecordHeader.TryParse(WireFixtures.Hex(hex), out var header, out _).ShouldBeTrue();

        header.ShouldBe(new Ssl2RecordHeader(headerLength, length, padding));
    }

    [Theory]
    [InlineData("", InvalidMessage.MessageTooShort)]
    [InlineData("80", InvalidMessage.MessageTooShort)]
    [InlineData("00 02", InvalidMessage.MessageTooShort)]
    [InlineData("00 02 05", InvalidMessage.LengthMismatch)]
    public void TryParse_BadHeader_ReportsWhy(string hex, InvalidMessage expected)
    {
        Ssl2RecordHeader.TryParse(WireFixtures.Hex(hex), out _, out var error).ShouldBeFalse();

        error.ShouldBe(expected);
    }
}
