using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Certwatch.Core.Targets;

namespace Certwatch.TestKit.Servers.StartTls;

/// <summary>
/// An in-process loopback server that plays one side of a STARTTLS dialogue as scripted, and when the script
/// agrees to the upgrade, hands the same connection to an SslStream that sends exactly the given chain.
/// </summary>
public sealed class StartTlsLabServer : IAsyncDisposable
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly StartTlsProtocol _protocol;
    private readonly StartTlsBehavior _behavior;
    private readonly SslStreamCertificateContext _context;
    private readonly LoopbackAcceptLoop _loop;
    private int _handshakes;

    private StartTlsLabServer(StartTlsProtocol protocol, StartTlsBehavior behavior, X509Certificate2 leaf, IReadOnlyList<X509Certificate2> chain, int port)
    {
        _protocol = protocol;
        _behavior = behavior;
        _context = ExactCertificateContext.Create(leaf, chain);
        _loop = LoopbackAcceptLoop.Start(ServeAsync, port);
    }

    public IPEndPoint EndPoint => _loop.EndPoint;

    public int Port => _loop.EndPoint.Port;

    /// <summary>TLS handshakes completed after the dialogue.</summary>
    public int HandshakesCompleted => Volatile.Read(ref _handshakes);

    /// <param name="leaf">The end-entity certificate with its private key.</param>
    /// <param name="chain">Sent after the leaf exactly in this order.</param>
    /// <param name="port">Fixed port (the lab's port map), or 0 for one the OS picks.</param>
    public static StartTlsLabServer Start(StartTlsProtocol protocol, StartTlsBehavior behavior, X509Certificate2 leaf, IReadOnlyList<X509Certificate2> chain, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        ArgumentNullException.ThrowIfNull(chain);
        return protocol == StartTlsProtocol.None
            ? throw new ArgumentException("a STARTTLS lab server needs a protocol", nameof(protocol))
            : new StartTlsLabServer(protocol, behavior, leaf, chain, port);
    }

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task ServeAsync(Socket socket, CancellationToken stopping)
    {
        await using var network = new NetworkStream(socket, ownsSocket: false);
        var connection = new ScriptedConnection(network, stopping);
        var upgrade = _protocol switch
        {
            StartTlsProtocol.Smtp => MailScripts.SmtpAsync(connection, _behavior),
            StartTlsProtocol.Imap => MailScripts.ImapAsync(connection, _behavior),
            StartTlsProtocol.Pop3 => MailScripts.Pop3Async(connection, _behavior),
            StartTlsProtocol.Ftp => MailScripts.FtpAsync(connection, _behavior),
            StartTlsProtocol.Ldap => BinaryScripts.LdapAsync(connection, _behavior),
            StartTlsProtocol.Postgres => BinaryScripts.PostgresAsync(connection, _behavior),
            StartTlsProtocol.Nntp => NewsAndSieveScripts.NntpAsync(connection, _behavior),
            StartTlsProtocol.Sieve => NewsAndSieveScripts.SieveAsync(connection, _behavior),
            StartTlsProtocol.MySql => BinaryScripts.MySqlAsync(connection, _behavior),
            _ => BinaryScripts.XmppAsync(connection, _behavior),
        };
        if (!await upgrade)
        {
            // Let the client read the last reply and hang up first.
            await connection.ReadLineAsync();
            return;
        }

        await using var tls = new SslStream(network, leaveInnerStreamOpen: true);
        using (var handshake = CancellationTokenSource.CreateLinkedTokenSource(stopping))
        {
            handshake.CancelAfter(HandshakeTimeout);
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificateContext = _context,
                ClientCertificateRequired = false,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            }, handshake.Token);
        }

        Interlocked.Increment(ref _handshakes);
        using var linger = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        linger.CancelAfter(HandshakeTimeout);
        _ = await tls.ReadAsync(new byte[1], linger.Token);
    }
}
