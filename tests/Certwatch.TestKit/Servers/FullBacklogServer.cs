using System.Net;
using System.Net.Sockets;

namespace Certwatch.TestKit.Servers;

/// <summary>
/// A listener that never accepts and whose accept queue is full, so new connection attempts get no answer
/// — the closest loopback gets to a firewall that drops SYNs, to exercise connect timeouts. On Linux a full
/// queue silently drops SYNs; where the OS answers with RST instead, <see cref="IsSaturated"/> is false.
/// </summary>
public sealed class FullBacklogServer : IDisposable
{
    private const int MaxFillers = 8;
    private static readonly TimeSpan FillAttemptTimeout = TimeSpan.FromMilliseconds(200);

    private readonly Socket _listener;
    private readonly List<Socket> _fillers = [];

    private FullBacklogServer()
    {
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(0);
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
    }

    public IPEndPoint EndPoint { get; }

    /// <summary>A connect attempt went unanswered while filling: further ones will too.</summary>
    public bool IsSaturated { get; private set; }

    public static async Task<FullBacklogServer> StartAsync()
    {
        var server = new FullBacklogServer();
        await server.FillAsync();
        return server;
    }

    public void Dispose()
    {
        foreach (var filler in _fillers)
        {
            filler.Dispose();
        }

        _listener.Dispose();
    }

    private async Task FillAsync()
    {
        while (!IsSaturated && _fillers.Count < MaxFillers)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _fillers.Add(filler);
            using var timeout = new CancellationTokenSource(FillAttemptTimeout);
            try
            {
                await filler.ConnectAsync(EndPoint, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                IsSaturated = true;
            }
            catch (SocketException)
            {
                return; // the OS refuses instead of dropping: no timeout to show here
            }
        }
    }
}
