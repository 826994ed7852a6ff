using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace Certwatch.Scanning.Http;

/// <summary>
/// One hop: connect to the given address (never anywhere else), TLS for https with the URL's host as SNI,
/// one GET with Host = the URL's authority (RFC 9110 §7.2), read the response head within the limits and
/// the per-hop timeout, close. The body is never read. Every failure is a value in the returned hop.
/// </summary>
internal sealed class HttpHopProbe(HttpSecurityOptions options)
{
    private readonly HttpTlsConnector _tls = new(options);

    public async Task<HttpHop> ProbeAsync(Uri url, IPAddress address, CancellationToken cancellationToken)
    {
        var started = options.TimeProvider.GetTimestamp();
        using var hopTimeout = new CancellationTokenSource(options.HopTimeout, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hopTimeout.Token);
        var handshake = new StrongBox<HttpTlsFacts?>();
        HttpHop Hop(HttpHeadReadResult result) => Record(url, address, result, handshake.Value, options.TimeProvider.GetElapsedTime(started));
        try
        {
            return await ExchangeAsync(url, address, Hop, handshake, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Hop(HttpHeadReadResult.Failed(HttpHopError.Timeout,
                string.Create(CultureInfo.InvariantCulture, $"no complete response head within {options.HopTimeout.TotalSeconds:0.#} s")));
        }
    }

    private async Task<HttpHop> ExchangeAsync(Uri url, IPAddress address, Func<HttpHeadReadResult, HttpHop> hop, StrongBox<HttpTlsFacts?> handshake, CancellationToken token)
    {
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, url.Port), token);
        }
        catch (SocketException e)
        {
            return hop(HttpHeadReadResult.Failed(HttpHopError.ConnectFailed, $"cannot connect to {Endpoint(address, url.Port)}: {e.SocketErrorCode}"));
        }

        Stream stream = new NetworkStream(socket, ownsSocket: false);
        if (url.Scheme == Uri.UriSchemeHttps)
        {
            var (tls, facts, error) = await _tls.ConnectAsync(stream, url.IdnHost, token);
            if (tls is null)
            {
                return hop(HttpHeadReadResult.Failed(HttpHopError.TlsFailed, error!));
            }

            (stream, handshake.Value) = (tls, facts);
        }

        await using (stream)
        {
            try
            {
                await stream.WriteAsync(Request(url), token);
                return hop(await HttpHeadReader.ReadAsync(stream, options.Limits, token));
            }
            catch (IOException e)
            {
                return hop(HttpHeadReadResult.Failed(HttpHopError.ClosedEarly, "the connection failed: " + e.Message));
            }
        }
    }

    private byte[] Request(Uri url)
    {
        var request = new StringBuilder()
            .Append("GET ").Append(url.PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(url.IsDefaultPort ? url.IdnHost : url.IdnHost + ":" + url.Port.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("User-Agent: ").Append(options.UserAgent).Append("\r\n")
            .Append("Accept: text/html,*/*\r\n")
            .Append("Origin: ").Append(options.ProbeOrigin).Append("\r\n")
            .Append("Connection: close\r\n\r\n");
        return Encoding.ASCII.GetBytes(request.ToString());
    }

    private static HttpHop Record(Uri url, IPAddress address, HttpHeadReadResult result, HttpTlsFacts? tls, TimeSpan duration)
    {
        var head = result.Head;
        var location = head?.First(JudgedHeaders.Location);
        var next = location is not null && Uri.TryCreate(url, location, out var resolved) && resolved.IsAbsoluteUri ? resolved : null;
        var judged = head?.Headers.Where(h => JudgedHeaders.IsJudged(h.Name)).ToList() ?? [];
        return new HttpHop(url.AbsoluteUri, address.ToString(), head?.StatusCode, location, next?.AbsoluteUri, judged, duration,
            result.Error, result.Message, tls);
    }

    private static string Endpoint(IPAddress address, int port) =>
        (address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString()) + ":" + port.ToString(CultureInfo.InvariantCulture);
}
