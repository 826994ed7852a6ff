using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Certwatch.TestKit.Servers;

/// <summary>
/// An in-process HTTPS server on 127.0.0.1 that sends exactly the configured chain and answers HEAD and
/// GET with a tiny response (plus Strict-Transport-Security when configured). Each connection is bounded:
/// 5 s for the handshake, 5 s and 16 KiB for the request.
/// </summary>
public sealed class LabTlsServer : IAsyncDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(5);
    private const int MaxRequestBytes = 16 * 1024;

    private readonly LabTlsServerOptions _options;
    private readonly SslStreamCertificateContext _context;
    private readonly LoopbackAcceptLoop _loop;
    private int _handshakes;
    private string? _lastServerName;

    private LabTlsServer(LabTlsServerOptions options)
    {
        _options = options;
        _context = ExactCertificateContext.Create(options.Leaf, options.Chain);
        _loop = options.Address is { } address
            ? LoopbackAcceptLoop.Start(ServeAsync, address, options.Port)
            : LoopbackAcceptLoop.Start(ServeAsync, options.Port);
    }

    public IPEndPoint EndPoint => _loop.EndPoint;

    public int Port => _loop.EndPoint.Port;

    /// <summary>Handshakes completed so far (tests use it to see that a client got through).</summary>
    public int HandshakesCompleted => Volatile.Read(ref _handshakes);

    /// <summary>The SNI name of the last completed handshake; "" when the client sent none (an IP target).</summary>
    public string? LastServerName => Volatile.Read(ref _lastServerName);

    public static LabTlsServer Start(LabTlsServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LabTlsServer(options);
    }

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task ServeAsync(Socket socket, CancellationToken stopping)
    {
        await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: false));
        using (var handshake = Bounded(stopping))
        {
            await tls.AuthenticateAsServerAsync(ServerOptions(), handshake.Token);
        }

        Volatile.Write(ref _lastServerName, tls.TargetHostName);
        Interlocked.Increment(ref _handshakes);
        using var exchange = Bounded(stopping);
        var request = await ReadRequestHeadAsync(tls, exchange.Token);
        if (request is not null && (request.StartsWith("HEAD ", StringComparison.Ordinal) || request.StartsWith("GET ", StringComparison.Ordinal)))
        {
            await tls.WriteAsync(Response(request.StartsWith("GET ", StringComparison.Ordinal)), exchange.Token);
            await tls.ShutdownAsync();
        }
    }

    private SslServerAuthenticationOptions ServerOptions() => new()
    {
        ServerCertificateContext = _context,
        EnabledSslProtocols = _options.Protocols,
        ApplicationProtocols = [SslApplicationProtocol.Http11],
        ClientCertificateRequired = false,
        CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
    };

    private static CancellationTokenSource Bounded(CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        source.CancelAfter(StepTimeout);
        return source;
    }

    private static async Task<string?> ReadRequestHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxRequestBytes];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                return null;
            }

            filled += read;
            if (buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8) >= 0)
            {
                return Encoding.Latin1.GetString(buffer, 0, filled);
            }
        }

        return null;
    }

    private byte[] Response(bool withBody)
    {
        const string Body = "certwatch lab\n";
        var head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n");
        head.Append("Content-Length: ").Append(Body.Length).Append("\r\n");
        if (_options.StrictTransportSecurity is { } hsts)
        {
            head.Append("Strict-Transport-Security: ").Append(hsts).Append("\r\n");
        }

        head.Append("\r\n");
        if (withBody)
        {
            head.Append(Body);
        }

        return Encoding.ASCII.GetBytes(head.ToString());
    }
}
