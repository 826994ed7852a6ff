using System.Collections.Concurrent;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Certwatch.TestKit.Servers.Http;

/// <summary>
/// An in-process HTTP/1.1 server on loopback, over plain TCP or TLS (TestKit certificates), that answers each
/// path with a scripted status, header lines (in order, repeats kept) and body — or misbehaves on purpose
/// (1 MiB header line, endless fields, stall, trickle, garbage). Every step is bounded; dispose stops all.
/// </summary>
public sealed class ScriptedHttpServer : IAsyncDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(10);
    private readonly ScriptedHttpServerOptions _options;
    private readonly SslStreamCertificateContext? _context;
    private readonly LoopbackAcceptLoop _loop;
    private readonly ConcurrentQueue<ScriptedRequest> _requests = new();

    private ScriptedHttpServer(ScriptedHttpServerOptions options)
    {
        _options = options;
        _context = options.Leaf is { } leaf ? ExactCertificateContext.Create(leaf, options.Chain) : null;
        _loop = options.Address is { } address ? LoopbackAcceptLoop.Start(ServeAsync, address, options.Port) : LoopbackAcceptLoop.Start(ServeAsync, options.Port);
    }

    public int Port => _loop.EndPoint.Port;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<ScriptedRequest> Requests => [.. _requests];

    public static ScriptedHttpServer Start(ScriptedHttpServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ScriptedHttpServer(options);
    }

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task ServeAsync(Socket socket, CancellationToken stopping)
    {
        Stream stream = new NetworkStream(socket, ownsSocket: false);
        string? serverName = null;
        if (_context is not null)
        {
            var tls = new SslStream(stream);
            using var handshake = Bounded(stopping);
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificateContext = _context }, handshake.Token);
            (stream, serverName) = (tls, tls.TargetHostName);
        }

        await using (stream)
        {
            using var exchange = Bounded(stopping);
            if (await ScriptedRequestReader.ReadAsync(stream, serverName, exchange.Token) is not { } request)
            {
                return;
            }

            _requests.Enqueue(request);
            var response = _options.Routes.TryGetValue(request.Path, out var routed) ? routed
                : _options.Fallback?.Invoke(request) ?? new ScriptedResponse(404, [], "not found\n");
            await ScriptedResponseWriter.WriteAsync(stream, response, stopping);
        }
    }

    private static CancellationTokenSource Bounded(CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        source.CancelAfter(StepTimeout);
        return source;
    }
}
