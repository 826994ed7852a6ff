using System.Globalization;
using System.Text;

namespace Certwatch.Tls.Handshake;

/// <summary>
/// Sends one HEAD request over an established TLS stream and reads the response headers, bounded in size
/// and time — enough to see Strict-Transport-Security. Failures are values in the observation.
/// </summary>
internal static class HttpHeadExchange
{
    private const int MaxHeaderBytes = 64 * 1024;

    public static async Task<HttpObservation> RunAsync(Stream stream, string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await stream.WriteAsync(BuildRequest(host, port), timeoutSource.Token);
            var (head, error) = await ReadHeadAsync(stream, timeoutSource.Token);
            return head is null ? new HttpObservation(null, null, error) : HttpResponseHead.Parse(head);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HttpObservation(null, null, $"no HTTP response headers within {Durations.Describe(timeout)}");
        }
        catch (IOException e)
        {
            return new HttpObservation(null, null, "HTTP exchange failed: " + e.Message);
        }
    }

    // RFC 9110 §7.2: Host carries the port unless it is the scheme's default (443 for https).
    private static byte[] BuildRequest(string host, int port)
    {
        var authority = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        if (port != 443)
        {
            authority += ":" + port.ToString(CultureInfo.InvariantCulture);
        }

        return Encoding.ASCII.GetBytes($"HEAD / HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: certwatch\r\nConnection: close\r\n\r\n");
    }

    private static async Task<(string? Head, string? Error)> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeaderBytes];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                return filled == 0
                    ? (null, "the server closed the connection without an HTTP response")
                    : (Encoding.Latin1.GetString(buffer, 0, filled), null);
            }

            filled += read;
            var end = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                return (Encoding.Latin1.GetString(buffer, 0, end), null);
            }
        }

        return (null, "HTTP response headers exceed 64 KiB");
    }
}
