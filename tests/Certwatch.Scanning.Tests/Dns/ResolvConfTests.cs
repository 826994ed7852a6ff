using System.Net;
using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class ResolvConfTests
{
    [Fact]
    public void ParseNameservers_TypicalFile_KeepsOnlyNameserverLinesInOrder()
    {
        const string Text = "# generated\nsearch corp.example\nnameserver 10.1.2.3\n; comment\noptions edns0 trust-ad\n"
            + "nameserver\t2001:db8::35  # trailing\r\n#nameserver 10.9.9.9\nnameserver not-an-address\nnameserver 1\n";

        ResolvConf.ParseNameservers(Text).ShouldBe(
        [
            new IPEndPoint(IPAddress.Parse("10.1.2.3"), 53),
            new IPEndPoint(IPAddress.Parse("2001:db8::35"), 53),
        ]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("search example\noptions ndots:2\n")]
    public void ParseNameservers_NoNameserver_FallsBackToLoopback(string text)
    {
        ResolvConf.ParseNameservers(text).ShouldBe([new IPEndPoint(IPAddress.Loopback, 53)]);
    }

    [Fact]
    public void LoadNameservers_TempFile_ReadsIt()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "nameserver 127.0.0.53\n");

            ResolvConf.LoadNameservers(path).ShouldBe([new IPEndPoint(IPAddress.Parse("127.0.0.53"), 53)]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadNameservers_MissingFile_FallsBackToLoopback()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cw-no-resolv-{Guid.NewGuid():N}.conf");

        ResolvConf.LoadNameservers(path).ShouldBe([new IPEndPoint(IPAddress.Loopback, 53)]);
    }
}
