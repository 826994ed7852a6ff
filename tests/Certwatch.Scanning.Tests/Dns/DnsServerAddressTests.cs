using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class DnsServerAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1:53")]
    [InlineData("127.0.0.1:5353", "127.0.0.1:5353")]
    [InlineData(" 127.0.0.53 ", "127.0.0.53:53")]
    [InlineData("::1", "[::1]:53")]
    [InlineData("[::1]:5353", "[::1]:5353")]
    [InlineData("[::1]", "[::1]:53")]
    public void TryParse_AddressWithOptionalPort_Endpoint(string text, string expected)
    {
        DnsServerAddress.TryParse(text, out var endpoint, out var error).ShouldBeTrue(error);

        endpoint!.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("dns.example", "'dns.example' is not an IPv4 or IPv6 address")]
    [InlineData("127.1", "'127.1' is not an IPv4 or IPv6 address")]
    [InlineData("127.0.0.1:0", "port '0' is not a number from 1 to 65535")]
    [InlineData("127.0.0.1:x", "port 'x' is not a number from 1 to 65535")]
    [InlineData("[::1", "'[::1' is not ADDR, ADDR:PORT or [IPv6]:PORT")]
    [InlineData("", "'' is not an IPv4 or IPv6 address")]
    public void TryParse_Invalid_OneLineReason(string text, string expected)
    {
        DnsServerAddress.TryParse(text, out var endpoint, out var error).ShouldBeFalse();

        endpoint.ShouldBeNull();
        error.ShouldBe(expected);
    }

    [Fact]
    public void TryParse_Null_FailsWithoutThrowing()
    {
        DnsServerAddress.TryParse(null, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull();
    }
}
