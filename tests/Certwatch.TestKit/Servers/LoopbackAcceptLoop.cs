using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Certwatch.TestKit.Servers;

/// <summary>
/// The accept loop every lab server shares: listens on loopback only — 127.0.0.1, and ::1 on the same port
/// when the host has IPv6 loopback, so "localhost" reaches it whichever address it resolves to — runs one
/// handler per connection with at most <c>maxConnections</c> at once, and on dispose stops listening,
/// cancels the handlers and waits for them.
/// </summary>
internal sealed class LoopbackAcceptLoop : IAsyncDisposable
{
    private const int PortAttempts = 10;

    private readonly IReadOnlyList<TcpListener> _listeners;
    private readonly Func<Socket, CancellationToken, Task> _handle;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<Task, bool> _connections = new();
    private readonly Task[] _loops;

    private LoopbackAcceptLoop(IReadOnlyList<TcpListener> listeners, Func<Socket, CancellationToken, Task> handle, int maxConnections)
    {
        _listeners = listeners;
        _handle = handle;
        _slots = new SemaphoreSlim(maxConnections, maxConnections);
        EndPoint = (IPEndPoint)listeners[0].LocalEndpoint;
        _loops = [.. listeners.Select(AcceptAsync)];
    }

    /// <summary>The IPv4 endpoint (127.0.0.1:port).</summary>
    public IPEndPoint EndPoint { get; }

    public static LoopbackAcceptLoop Start(Func<Socket, CancellationToken, Task> handle, int port = 0, int maxConnections = 64) =>
        new(Listen(port), handle, maxConnections);

    /// <summary>Listens on one given loopback address only (e.g. 127.0.0.2, to stand for a second node of a name).</summary>
    public static LoopbackAcceptLoop Start(Func<Socket, CancellationToken, Task> handle, IPAddress address, int port, int maxConnections = 64)
    {
        if (!IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"lab servers listen on loopback only, not {address}", nameof(address));
        }

        var listener = new TcpListener(address, port);
        listener.Start();
        return new([listener], handle, maxConnections);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var listener in _listeners)
        {
            listener.Stop();
        }

        await Task.WhenAll(_loops);
        await Task.WhenAll(_connections.Keys);
        foreach (var listener in _listeners)
        {
            listener.Dispose();
        }

        _stop.Dispose();
        _slots.Dispose();
    }

    // With port 0 the OS picks a free IPv4 port; if someone holds that port on ::1, pick another pair.
    private static List<TcpListener> Listen(int port)
    {
        for (var attempt = 1; ; attempt++)
        {
            var v4 = new TcpListener(IPAddress.Loopback, port);
            v4.Start();
            var chosen = ((IPEndPoint)v4.LocalEndpoint).Port;
            var v6 = new TcpListener(IPAddress.IPv6Loopback, chosen);
            try
            {
                v6.Start();
                return [v4, v6];
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse && port == 0 && attempt < PortAttempts)
            {
                v6.Dispose();
                v4.Dispose();
            }
            catch (SocketException)
            {
                v6.Dispose(); // no IPv6 loopback here (or the fixed port is taken on ::1): IPv4 only
                return [v4];
            }
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                await _slots.WaitAsync(_stop.Token);
                socket = await listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var connection = ServeAsync(socket);
            _connections.TryAdd(connection, true);
            _ = connection.ContinueWith(t => _connections.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        await Task.Yield(); // return to the accept loop at once
        try
        {
            await _handle(socket, _stop.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException
            or System.Security.Authentication.AuthenticationException)
        {
            // a lab server serves misbehaving clients too; one failed connection is not an error
        }
        finally
        {
            socket.Dispose();
            _slots.Release();
        }
    }
}
