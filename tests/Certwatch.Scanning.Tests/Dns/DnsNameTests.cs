using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class DnsNameTests
{
    // "example.com" at offset 0, then "www" + pointer to 0 at offset 13.
    private static readonly byte[] Compressed =
    [
        0x07, (byte)'e', (byte)'x', (byte)'a', (byte)'m', (byte)'p', (byte)'l', (byte)'e', 0x03, (byte)'c', (byte)'o', (byte)'m', 0x00,
        0x03, (byte)'w', (byte)'w', (byte)'w', 0xC0, 0x00,
        0xC0, 0x0D,
    ];

    [Theory]
    [InlineData(0, "example.com", 13)]
    [InlineData(13, "www.example.com", 19)]
    [InlineData(19, "www.example.com", 21)]
    public void TryRead_CompressedNames_FollowPointersAndResumeAfterTheFirst(int start, string expected, int end)
    {
        var offset = start;

        DnsName.TryRead(Compressed, ref offset, out var name).ShouldBe(DnsParseError.None);

        name.ShouldBe(expected);
        offset.ShouldBe(end);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x00 }, DnsParseError.PointerLoop)] // points at itself
    [InlineData(new byte[] { 0x01, (byte)'a', 0xC0, 0x00 }, DnsParseError.PointerLoop)] // back to its own first label
    [InlineData(new byte[] { 0xC0, 0x02, 0x00 }, DnsParseError.PointerLoop)] // forward
    [InlineData(new byte[] { 0xC0, 0x50 }, DnsParseError.PointerOutOfRange)]
    [InlineData(new byte[] { 0xC0 }, DnsParseError.Truncated)]
    [InlineData(new byte[] { 0x05, (byte)'a', (byte)'b' }, DnsParseError.Truncated)]
    [InlineData(new byte[] { 0x01, (byte)'a' }, DnsParseError.Truncated)]
    [InlineData(new byte[] { 0x41, 0x00 }, DnsParseError.BadLabelType)]
    [InlineData(new byte[] { 0x80, 0x00 }, DnsParseError.BadLabelType)]
    public void TryRead_HostileBytes_ReturnErrorValue(byte[] bytes, DnsParseError expected)
    {
        var offset = 0;

        DnsName.TryRead(bytes, ref offset, out _).ShouldBe(expected);
    }

    [Fact]
    public void TryRead_TwoPointersIntoEachOther_IsALoopNotAHang()
    {
        // offset 2: label "a" then pointer to 0; offset 0: pointer to 2.
        byte[] bytes = [0xC0, 0x02, 0x01, (byte)'a', 0xC0, 0x00];
        var offset = 2;

        DnsName.TryRead(bytes, ref offset, out _).ShouldBe(DnsParseError.PointerLoop);
    }

    [Fact]
    public void TryRead_NameOver255Octets_IsNameTooLong()
    {
        byte[] label = [63, .. Enumerable.Repeat((byte)'a', 63)];
        byte[] bytes = [.. label, .. label, .. label, .. label, 0];
        var offset = 0;

        DnsName.TryRead(bytes, ref offset, out _).ShouldBe(DnsParseError.NameTooLong);
    }

    [Fact]
    public void TryRead_OddOctetsInLabel_AreEscapedAsDecimal()
    {
        byte[] bytes = [0x04, (byte)'a', (byte)'.', 0x00, (byte)'\\', 0x00];
        var offset = 0;

        DnsName.TryRead(bytes, ref offset, out var name).ShouldBe(DnsParseError.None);

        name.ShouldBe(@"a\046\000\092");
    }

    [Theory]
    [InlineData("Example.COM", "example.com.", true)]
    [InlineData("example.com", "example.net", false)]
    public void AreEqual_ComparesAsciiCaseInsensitively(string left, string right, bool expected)
    {
        DnsName.AreEqual(left, right).ShouldBe(expected);
    }
}
