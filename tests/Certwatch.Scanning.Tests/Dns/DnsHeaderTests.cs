using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class DnsHeaderTests
{
    [Theory]
    [InlineData(new byte[] { 0x12, 0x34, 0x81, 0x83, 0, 1, 0, 0, 0, 1, 0, 0 }, true, false, true, true, DnsResponseCode.NXDomain)]
    [InlineData(new byte[] { 0x12, 0x34, 0x83, 0x80, 0, 1, 0, 0, 0, 0, 0, 0 }, true, true, true, true, DnsResponseCode.NoError)]
    [InlineData(new byte[] { 0x12, 0x34, 0x84, 0x02, 0, 1, 0, 0, 0, 0, 0, 0 }, true, false, false, false, DnsResponseCode.ServFail)]
    [InlineData(new byte[] { 0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 1 }, false, false, true, false, DnsResponseCode.NoError)]
    public void TryParse_Flags_DecodeAndWriteBackIdentically(byte[] bytes, bool response, bool truncated, bool rd, bool ra, DnsResponseCode rcode)
    {
        DnsHeader.TryParse(bytes, out var header).ShouldBe(DnsParseError.None);

        (header!.IsResponse, header.Truncated, header.RecursionDesired, header.RecursionAvailable, header.ResponseCode)
            .ShouldBe((response, truncated, rd, ra, rcode));
        var written = new byte[DnsHeader.Length];
        header.Write(written);
        written.ShouldBe(bytes);
    }

    [Fact]
    public void TryParse_UnknownRcode_KeptAsNumber()
    {
        DnsHeader.TryParse(new byte[] { 0, 0, 0x80, 0x0E, 0, 0, 0, 0, 0, 0, 0, 0 }, out var header).ShouldBe(DnsParseError.None);

        ((int)header!.ResponseCode).ShouldBe(14);
    }

    [Fact]
    public void TryParse_ElevenBytes_IsTruncated()
    {
        DnsHeader.TryParse(new byte[11], out var header).ShouldBe(DnsParseError.Truncated);

        header.ShouldBeNull();
    }
}
