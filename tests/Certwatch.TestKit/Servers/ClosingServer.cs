using System.Net;
using System.Net.Sockets;

namespace Certwatch.TestKit.Servers;

/// <summary>A server that accepts and then drops every connection, by <see cref="ClosingBehavior"/>.</summary>
public sealed class ClosingServer : IAsyncDisposable
{
    private readonly ClosingBehavior _behavior;
    private readonly LoopbackAcceptLoop _loop;

    private ClosingServer(ClosingBehavior behavior)
    {
        _behavior = behavior;
        _loop = LoopbackAcceptLoop.Start(ServeAsync);
    }

    public IPEndPoint EndPoint => _loop.EndPoint;

    public int Port => _loop.EndPoint.Port;

    public static ClosingServer Start(ClosingBehavior behavior) => new(behavior);

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task ServeAsync(Socket socket, CancellationToken stopping)
    {
        if (_behavior is ClosingBehavior.CloseAfterClientHello or ClosingBehavior.ResetAfterClientHello)
        {
            await socket.ReceiveAsync(new byte[4096], stopping);
        }

        if (_behavior is ClosingBehavior.ResetOnAccept or ClosingBehavior.ResetAfterClientHello)
        {
            // Linger on with a zero timeout makes close send RST instead of FIN.
            socket.LingerState = new LingerOption(true, 0);
        }
        else
        {
            socket.Shutdown(SocketShutdown.Both);
        }

        socket.Close();
    }
}
