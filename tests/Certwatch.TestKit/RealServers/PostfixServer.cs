using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// Postfix's smtpd on 127.0.0.1:&lt;free port&gt; offering STARTTLS with a given chain. Runs the Postfix
/// master in the foreground (<c>master -c DIR -d</c>) with a private config, queue and data directory,
/// so nothing of the system's Postfix is used or touched; only smtpd, tlsmgr (TLS entropy) and postlogd
/// (log to stdout) run. Needs root, as Postfix's master does. Killed with its children on dispose.
/// </summary>
public sealed class PostfixServer : IAsyncDisposable
{
    /// <summary>Debian's location of master and smtpd.</summary>
    public const string DaemonDirectory = "/usr/lib/postfix/sbin";

    private const UnixFileMode OpenToAll = (UnixFileMode)0b111_111_111;

    private readonly ServerProcess _process;
    private readonly ServerDirectory _directory;

    private PostfixServer(ServerProcess process, ServerDirectory directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string Output => _process.Output;

    /// <param name="chain">Leaf (with key) first, then what to send after it, in order.</param>
    public static Task<PostfixServer> StartAsync(IReadOnlyList<IssuedCertificate> chain, CancellationToken cancellationToken = default) =>
        ServerProcess.WithFreshPortsAsync(() => StartOnceAsync(chain, cancellationToken));

    private static async Task<PostfixServer> StartOnceAsync(IReadOnlyList<IssuedCertificate> chain, CancellationToken cancellationToken)
    {
        var directory = ServerDirectory.Create("postfix");
        var port = FreeLoopbackPort.Find();
        var process = await ServerProcess.StartAcceptingAsync(
            directory, () => (Path.Combine(DaemonDirectory, "master"), ["-c", WriteConfig(directory, chain, port), "-d"]), [port], cancellationToken);
        return new PostfixServer(process, directory, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }

    private static string WriteConfig(ServerDirectory directory, IReadOnlyList<IssuedCertificate> chain, int port)
    {
        var (chainFile, keyFile) = directory.WriteChain(chain);
        var queue = directory.File("queue");
        var data = directory.File("data");

        // Postfix's daemons drop to the "postfix" user: the directories they write must let it in.
        foreach (var path in new[] { data, Path.Combine(queue, "public"), Path.Combine(queue, "private"), Path.Combine(queue, "pid") })
        {
            Directory.CreateDirectory(path);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, OpenToAll);
            }
        }

        directory.Write("conf/main.cf", $"""
            compatibility_level = 3.6
            queue_directory = {queue}
            data_directory = {data}
            daemon_directory = {DaemonDirectory}
            command_directory = /usr/sbin
            meta_directory = /etc/postfix
            shlib_directory = /usr/lib/postfix
            mail_owner = postfix
            setgid_group = postdrop
            inet_interfaces = 127.0.0.1
            inet_protocols = ipv4
            myhostname = mail.localhost
            mydestination =
            local_recipient_maps =
            alias_maps =
            alias_database =
            relay_recipient_maps =
            notify_classes =
            maillog_file = /dev/stdout
            smtpd_banner = $myhostname ESMTP certwatch-test
            smtpd_tls_security_level = may
            smtpd_tls_auth_only = yes
            smtpd_tls_cert_file = {chainFile}
            smtpd_tls_key_file = {keyFile}
            smtpd_tls_session_cache_database =
            smtpd_client_connection_count_limit = 0
            smtpd_client_connection_rate_limit = 0

            """);
        directory.Write("conf/master.cf", $"""
            127.0.0.1:{port} inet n - n - - smtpd
            tlsmgr unix - - n 1000? 1 tlsmgr
            postlog unix-dgram n - n - 1 postlogd

            """);
        return directory.File("conf");
    }
}
