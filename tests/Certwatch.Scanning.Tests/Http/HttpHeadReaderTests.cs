using System.Text;
using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

public sealed class HttpHeadReaderTests
{
    private static readonly HttpHeadLimits Small = new(MaxHeadBytes: 256, MaxLineBytes: 64, MaxFields: 3);

    private static Task<HttpHeadReadResult> Read(string text, HttpHeadLimits? limits = null) =>
        HttpHeadReader.ReadAsync(new MemoryStream(Encoding.Latin1.GetBytes(text)), limits ?? HttpHeadLimits.Default, CancellationToken.None);

    [Fact]
    public async Task ReadAsync_OrdinaryHead_ParsesStatusAndFieldsAndStopsBeforeTheBody()
    {
        var result = await Read("HTTP/1.1 301 Moved Permanently\r\nLocation: https://a.example/\r\nX-A:  1 \r\nx-a: 2\r\n\r\nBODY");

        var head = result.Head.ShouldNotBeNull();
        head.StatusCode.ShouldBe(301);
        head.ReasonPhrase.ShouldBe("Moved Permanently");
        head.First("location").ShouldBe("https://a.example/");
        head.All("X-A").ShouldBe(["1", "2"]); // RFC 9110 §5.3: repeated fields are not combined here
    }

    [Theory]
    [InlineData("HTTP/1.0 200\nA: b\n\n", 200)] // RFC 9112 §2.2: a bare LF ends a line; reason phrase optional
    [InlineData("HTTP/1.1 204 No Content\r\nA: b\r\n  folded\r\n\r\n", 204)] // §5.2 obs-fold joins with a space
    [InlineData("HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 200 OK\r\n\r\n", 200)] // RFC 9110 §15.2: interim responses are skipped
    public async Task ReadAsync_TolerantForms_AreAccepted(string text, int status)
    {
        var result = await Read(text);

        result.Head.ShouldNotBeNull().StatusCode.ShouldBe(status);
    }

    [Fact]
    public async Task ReadAsync_ObsFold_JoinsTheContinuation()
    {
        var result = await Read("HTTP/1.1 200 OK\r\nA: b\r\n  folded\r\n\r\n");

        result.Head!.First("A").ShouldBe("b folded");
    }

    [Theory]
    [InlineData("SSH-2.0-OpenSSH_9.2\r\n\r\n", HttpHopError.Malformed)]
    [InlineData("HTTP/1.1 2000 OK\r\n\r\n", HttpHopError.Malformed)]
    [InlineData("HTTP/2 200\r\n\r\n", HttpHopError.Malformed)]
    [InlineData("HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n", HttpHopError.Malformed)]
    [InlineData("HTTP/1.1 200 OK\r\nBad name : x\r\n\r\n", HttpHopError.Malformed)] // §5.1: no whitespace before the colon
    [InlineData("HTTP/1.1 200 OK\r\nA: b\r\n", HttpHopError.ClosedEarly)]
    [InlineData("", HttpHopError.ClosedEarly)]
    public async Task ReadAsync_BrokenHead_IsAnErrorValue(string text, HttpHopError error)
    {
        var result = await Read(text);

        result.Head.ShouldBeNull();
        result.Error.ShouldBe(error);
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nA: 0123456789012345678901234567890123456789012345678901234567890123456789\r\n\r\n", HttpHopError.LineTooLong)]
    [InlineData("HTTP/1.1 200 OK\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", HttpHopError.TooManyHeaders)]
    public async Task ReadAsync_OverTheLimits_IsRejected(string text, HttpHopError error)
    {
        var result = await Read(text, Small);

        result.Error.ShouldBe(error);
    }

    [Fact]
    public async Task ReadAsync_HeadOverTotalLimit_IsHeadTooLarge()
    {
        var fields = string.Concat(Enumerable.Range(0, 10).Select(i => $"X-{i}: {new string('v', 40)}\r\n"));

        var result = await Read("HTTP/1.1 200 OK\r\n" + fields + "\r\n", Small with { MaxFields = 100 });

        result.Error.ShouldBe(HttpHopError.HeadTooLarge);
        result.Message.ShouldBe("the response head exceeds 256 bytes");
    }
}
