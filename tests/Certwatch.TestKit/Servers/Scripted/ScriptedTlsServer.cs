using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>
/// An in-process loopback server that reads each ClientHello and answers per a <see cref="ScriptedServerConfig"/>:
/// like a real server (chosen versions, suites, groups, extensions), or with an alert, a reset, a close,
/// silence, garbage, endless bytes; optionally Heartbleed-vulnerable, accepting an early CCS, or answering RSA key
/// exchanges as a padding oracle. Records every
/// hello it saw and the most connections it had open at once.
/// </summary>
public sealed class ScriptedTlsServer : IAsyncDisposable
{
    private readonly ScriptedServerConfig _config;
    private readonly LoopbackAcceptLoop _loop;
    private readonly ConcurrentQueue<ClientHello> _hellos = new();
    private int _connections;
    private int _open;
    private int _peak;
    private int _ssl2Hellos;
    private int _keyExchanges;

    private ScriptedTlsServer(ScriptedServerConfig config)
    {
        _config = config;
        _loop = LoopbackAcceptLoop.Start(ServeAsync, IPAddress.Loopback, 0, maxConnections: 256);
    }

    public IPEndPoint EndPoint => _loop.EndPoint;

    public int Port => _loop.EndPoint.Port;

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The most connections open at the same time.</summary>
    public int PeakConcurrentConnections => Volatile.Read(ref _peak);

    public IReadOnlyList<ClientHello> Hellos => [.. _hellos];

    public int Ssl2Hellos => Volatile.Read(ref _ssl2Hellos);

    public static ScriptedTlsServer Start(ScriptedServerConfig config) => new(config ?? throw new ArgumentNullException(nameof(config)));

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task ServeAsync(Socket socket, CancellationToken stopping)
    {
        Interlocked.Increment(ref _connections);
        var open = Interlocked.Increment(ref _open);
        for (var peak = Volatile.Read(ref _peak); open > peak && Interlocked.CompareExchange(ref _peak, open, peak) != peak; peak = Volatile.Read(ref _peak))
        {
        }

        try
        {
            await AnswerAsync(socket, stopping);
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    private async Task AnswerAsync(Socket socket, CancellationToken stopping)
    {
        var hello = await ClientHelloReader.ReadAsync(socket, stopping);
        if (hello is null)
        {
            return;
        }

        if (hello.Tls is { } tls)
        {
            _hellos.Enqueue(tls);
        }
        else
        {
            Interlocked.Increment(ref _ssl2Hellos);
        }

        switch (_config.Behavior)
        {
            case ScriptedBehavior.Negotiate:
                await NegotiateAsync(socket, hello, stopping);
                break;
            case ScriptedBehavior.AlertAlways:
                await socket.SendAsync(ServerMessages.Alert(AlertDescription.HandshakeFailure, ProtocolVersion.Tls12), stopping);
                break;
            case ScriptedBehavior.Reset:
                socket.LingerState = new LingerOption(true, 0);
                break;
            case ScriptedBehavior.Stall:
                await Task.Delay(Timeout.Infinite, stopping);
                break;
            case ScriptedBehavior.Garbage:
                await socket.SendAsync(RawBytesServer.Garbage.ToArray(), stopping);
                break;
            case ScriptedBehavior.EndlessBytes:
                await SendEndlessAsync(socket, stopping);
                break;
            default:
                break;
        }
    }

    private async Task NegotiateAsync(Socket socket, ClientHelloReader.Read hello, CancellationToken stopping)
    {
        if (hello.Ssl2 is { } ssl2)
        {
            if (_config.Ssl2CipherKinds is { } kinds)
            {
                await socket.SendAsync(ScriptedSsl2.ServerHello(kinds.Where(ssl2.CipherKinds.Contains).ToList()), stopping);
            }

            return;
        }

        var answer = ScriptedNegotiator.Answer(_config, hello.Tls!);
        await socket.SendAsync(answer.Bytes, stopping);
        if (answer.Continue)
        {
            var rsa = _config.RsaKeyExchange is { } exchange
                ? new ScriptedRsaSession(exchange, hello.Tls!.LegacyVersion, () => Interlocked.Increment(ref _keyExchanges) - 1)
                : null;
            await ScriptedFollowUp.RunAsync(socket, _config, answer.Version, rsa, stopping);
        }
    }

    // A handshake record header promising a 16 MiB message, then filler forever (bounded by the client's limits).
    private static async Task SendEndlessAsync(Socket socket, CancellationToken stopping)
    {
        var filler = ServerMessages.Record(ContentType.Handshake, ProtocolVersion.Tls12, [11, 0xFF, 0xFF, 0xFF, .. new byte[16000]]);
        var more = ServerMessages.Record(ContentType.Handshake, ProtocolVersion.Tls12, new byte[16000]);
        await socket.SendAsync(filler, stopping);
        while (!stopping.IsCancellationRequested)
        {
            await socket.SendAsync(more, stopping);
        }
    }
}
