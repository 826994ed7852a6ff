using System.Net;
using System.Net.Sockets;

namespace Certwatch.TestKit.Servers;

/// <summary>A server that accepts, reads whatever arrives and never answers, until disposed: a hung backend.</summary>
public sealed class StallingServer : IAsyncDisposable
{
    private readonly LoopbackAcceptLoop _loop;

    private StallingServer() => _loop = LoopbackAcceptLoop.Start(ServeAsync);

    public IPEndPoint EndPoint => _loop.EndPoint;

    public int Port => _loop.EndPoint.Port;

    public static StallingServer Start() => new();

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private static async Task ServeAsync(Socket socket, CancellationToken stopping)
    {
        var sink = new byte[4096];
        while (await socket.ReceiveAsync(sink, stopping) > 0)
        {
            // discard
        }

        await Task.Delay(Timeout.Infinite, stopping);
    }
}
