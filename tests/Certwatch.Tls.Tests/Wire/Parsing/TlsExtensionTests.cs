using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class TlsExtensionTests
{
    [Fact]
    public void TryParseList_GreaseAndUnknown_AreKeptInOrder()
    {
        TlsExtension.TryParseList(WireFixtures.Hex("0A0A 0000  4469 0001 FF"), out var extensions, out _).ShouldBeTrue();

        extensions.Select(e => e.ToString()).ShouldBe(["GREASE(0x0A0A) (0 bytes)", "0x4469 (1 bytes)"]);
    }

    [Theory]
    [InlineData("0017 0000 0017 0000", InvalidMessage.DuplicateExtension)]
    [InlineData("0017 00", InvalidMessage.MessageTooShort)]
    [InlineData("0017 0002 00", InvalidMessage.MessageTooShort)]
    public void TryParseList_BadBlock_ReportsWhy(string hex, InvalidMessage expected)
    {
        TlsExtension.TryParseList(WireFixtures.Hex(hex), out _, out var error).ShouldBeFalse();

        error.ShouldBe(expected);
    }
}
