using System.Net;
using System.Net.Sockets;
using Certwatch.TestKit.Servers;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// Forwards 127.0.0.1:<see cref="Port"/> byte for byte to a server listening inside a private network
/// namespace. For servers that cannot be told to bind loopback only (gnutls-serv binds every address): in
/// their own namespace "every address" is just that namespace's loopback.
/// </summary>
internal sealed class NamespaceRelay : IAsyncDisposable
{
    private readonly NetworkNamespaceSockets _sockets;
    private readonly int _innerPort;
    private readonly LoopbackAcceptLoop _loop;

    private NamespaceRelay(NetworkNamespaceSockets sockets, int innerPort)
    {
        _sockets = sockets;
        _innerPort = innerPort;
        _loop = LoopbackAcceptLoop.Start(ForwardAsync, IPAddress.Loopback, 0);
    }

    public int Port => _loop.EndPoint.Port;

    public static NamespaceRelay Start(NetworkNamespaceSockets sockets, int innerPort) => new(sockets, innerPort);

    /// <summary>Connects to the inner server directly (readiness check), then closes.</summary>
    public async Task ConnectInnerAsync(CancellationToken ct)
    {
        using var socket = await _sockets.CreateTcpSocketAsync();
        await socket.ConnectAsync(IPAddress.Loopback, _innerPort, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _loop.DisposeAsync();
        _sockets.Dispose();
    }

    private async Task ForwardAsync(Socket client, CancellationToken ct)
    {
        using var inner = await _sockets.CreateTcpSocketAsync();
        try
        {
            await inner.ConnectAsync(IPAddress.Loopback, _innerPort, ct);
        }
        catch (SocketException)
        {
            return; // the server is gone: the client sees the connection close
        }

        await Task.WhenAll(PumpAsync(client, inner, ct), PumpAsync(inner, client, ct));
    }

    private static async Task PumpAsync(Socket from, Socket to, CancellationToken ct)
    {
        var buffer = new byte[16384];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, ct)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, ct);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A reset on one side: reset the other too, as a direct connection would show it.
            to.Close(0);
        }
    }
}
