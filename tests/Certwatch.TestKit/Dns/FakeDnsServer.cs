using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Certwatch.TestKit.Dns;

/// <summary>
/// A scripted DNS server on 127.0.0.1, UDP and TCP on the same OS-chosen port. Each decoded query goes to
/// the script, whose reply is sent as-is (datagrams over UDP; each framed with its length over TCP).
/// Undecodable queries are dropped.
/// </summary>
public sealed class FakeDnsServer : IAsyncDisposable
{
    private readonly Func<FakeDnsQuery, FakeDnsReply> _script;
    private readonly Socket _udp;
    private readonly Socket _otherPort;
    private readonly TcpListener _tcp;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<FakeDnsQuery> _queries = new();
    private readonly Task _udpLoop;
    private readonly Task _tcpLoop;

    private FakeDnsServer(Func<FakeDnsQuery, FakeDnsReply> script)
    {
        _script = script;
        (_udp, _tcp) = BindPair();
        _otherPort = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        _otherPort.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        EndPoint = (IPEndPoint)_udp.LocalEndPoint!;
        _udpLoop = Task.Run(ServeUdpAsync);
        _tcpLoop = Task.Run(ServeTcpAsync);
    }

    public IPEndPoint EndPoint { get; }

    /// <summary>Every decoded query, in arrival order.</summary>
    public IReadOnlyList<FakeDnsQuery> Queries => [.. _queries];

    public static FakeDnsServer Start(Func<FakeDnsQuery, FakeDnsReply> script) => new(script);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _udp.Dispose();
        _otherPort.Dispose();
        _tcp.Stop();
        await Task.WhenAll(_udpLoop, _tcpLoop).ContinueWith(_ => { }, TaskScheduler.Default);
        _stopping.Dispose();
    }

    // UDP and TCP must share the port; another process may hold the TCP side of the port the OS gave us.
    private static (Socket Udp, TcpListener Tcp) BindPair()
    {
        for (var attempt = 0; ; attempt++)
        {
            var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var tcp = new TcpListener(IPAddress.Loopback, ((IPEndPoint)udp.LocalEndPoint!).Port);
            try
            {
                tcp.Start();
                return (udp, tcp);
            }
            catch (SocketException) when (attempt < 20)
            {
                udp.Dispose();
            }
        }
    }

    private async Task ServeUdpAsync()
    {
        var buffer = new byte[65_535];
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                var received = await _udp.ReceiveFromAsync(buffer, new IPEndPoint(IPAddress.Any, 0), _stopping.Token);
                var query = FakeDnsQuery.TryDecode(buffer[..received.ReceivedBytes], overTcp: false);
                if (query is not null)
                {
                    await ReplyUdpAsync(query, received.RemoteEndPoint);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                // A client that went away (ICMP port unreachable) must not stop the server.
            }
        }
    }

    private async Task ReplyUdpAsync(FakeDnsQuery query, EndPoint client)
    {
        _queries.Enqueue(query);
        foreach (var datagram in _script(query).Datagrams)
        {
            var socket = datagram.FromOtherPort ? _otherPort : _udp;
            await socket.SendToAsync(datagram.Bytes, client, _stopping.Token);
        }
    }

    private async Task ServeTcpAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                var client = await _tcp.AcceptSocketAsync(_stopping.Token);
                _ = Task.Run(() => ServeConnectionAsync(client));
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
        }
    }

    private async Task ServeConnectionAsync(Socket client)
    {
        using var _ = client;
        try
        {
            await using var stream = new NetworkStream(client, ownsSocket: false);
            var prefix = new byte[2];
            await stream.ReadExactlyAsync(prefix, _stopping.Token);
            var bytes = new byte[BinaryPrimitives.ReadUInt16BigEndian(prefix)];
            await stream.ReadExactlyAsync(bytes, _stopping.Token);
            var query = FakeDnsQuery.TryDecode(bytes, overTcp: true);
            if (query is null)
            {
                return;
            }

            _queries.Enqueue(query);
            foreach (var datagram in _script(query).Datagrams)
            {
                await stream.WriteAsync(FakeRdata.Uint16((ushort)datagram.Bytes.Length), _stopping.Token);
                await stream.WriteAsync(datagram.Bytes, _stopping.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The test decides what a broken connection means; the server just stops serving it.
        }
    }
}
