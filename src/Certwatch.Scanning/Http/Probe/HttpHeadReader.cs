namespace Certwatch.Scanning.Http;

/// <summary>
/// Reads one response head from a stream, enforcing <see cref="HttpHeadLimits"/> as bytes arrive: an
/// over-long line is rejected as soon as it passes the limit, not after the server finished sending it.
/// Stops at the empty line that ends the head (RFC 9112 §2.1) and never reads the body.
/// </summary>
internal static class HttpHeadReader
{
    public static async Task<HttpHeadReadResult> ReadAsync(Stream stream, HttpHeadLimits limits, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(limits.MaxHeadBytes, 4096)];
        var collector = new HttpHeadLineCollector(limits);
        while (true)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return HttpHeadReadResult.Failed(HttpHopError.ClosedEarly, collector.BytesSeen == 0
                    ? "the server closed the connection without an HTTP response"
                    : "the server closed the connection in the middle of the response head");
            }

            for (var i = 0; i < read; i++)
            {
                if (collector.Feed(buffer[i]) is { } result)
                {
                    return result;
                }
            }
        }
    }
}
