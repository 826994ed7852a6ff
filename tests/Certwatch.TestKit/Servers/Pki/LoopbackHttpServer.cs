using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;

namespace Certwatch.TestKit.Servers.Pki;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 for PKI downloads (AIA, OCSP, CRL): one request per connection,
/// Content-Length bodies, "Connection: close". Records every request; a handler may stall (the client's
/// timeout must end it) — the stall ends when the server is disposed.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private const int MaxHead = 16 * 1024;
    private const int MaxBody = 1024 * 1024;
    private readonly Func<PkiHttpRequest, PkiHttpResponse> _handle;
    private readonly ConcurrentQueue<PkiHttpRequest> _requests = new();
    private readonly LoopbackAcceptLoop _loop;

    public LoopbackHttpServer(Func<PkiHttpRequest, PkiHttpResponse> handle)
    {
        _handle = handle;
        _loop = LoopbackAcceptLoop.Start(ServeAsync);
    }

    public int Port => _loop.EndPoint.Port;

    /// <summary>http://127.0.0.1:port + path.</summary>
    public string Url(string path) => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    public IReadOnlyList<PkiHttpRequest> Requests => [.. _requests];

    public int RequestCount => _requests.Count;

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task ServeAsync(Socket socket, CancellationToken cancellationToken)
    {
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        var request = await ReadRequestAsync(stream, cancellationToken);
        if (request is null)
        {
            return;
        }

        _requests.Enqueue(request);
        var response = _handle(request);
        if (response.Stall)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        var head = $"HTTP/1.1 {response.Status} {(response.Status == 200 ? "OK" : "Error")}\r\nContent-Type: {response.ContentType}\r\nContent-Length: {response.Body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        await stream.WriteAsync(response.Body, cancellationToken);
    }

    private static async Task<PkiHttpRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var one = new byte[4096];
        int headEnd;
        while ((headEnd = HeadEnd(buffer)) < 0)
        {
            var read = await stream.ReadAsync(one, cancellationToken);
            if (read == 0 || buffer.Count > MaxHead)
            {
                return null;
            }

            buffer.AddRange(one.AsSpan(0, read));
        }

        var head = Encoding.ASCII.GetString([.. buffer.Take(headEnd)]).Split("\r\n");
        var parts = head[0].Split(' ');
        var length = head.Skip(1).Select(h => h.Split(':', 2)).Where(h => h.Length == 2 && h[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(h => int.TryParse(h[1].Trim(), out var n) ? Math.Min(n, MaxBody) : 0).FirstOrDefault();
        var body = buffer.Skip(headEnd + 4).ToList();
        while (body.Count < length)
        {
            var read = await stream.ReadAsync(one, cancellationToken);
            if (read == 0)
            {
                break;
            }

            body.AddRange(one.AsSpan(0, read));
        }

        return new PkiHttpRequest(parts[0], parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "/", [.. body.Take(length)]);
    }

    private static int HeadEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
