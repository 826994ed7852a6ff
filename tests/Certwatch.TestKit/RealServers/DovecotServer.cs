using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// Dovecot serving IMAP (143-style STARTTLS and 993-style implicit TLS) and POP3 (STLS and implicit TLS)
/// with a given chain, each on a free 127.0.0.1 port, from a minimal private config run in the
/// foreground (<c>dovecot -c FILE -F</c>). No user can log in (static passdb, no password); the TLS
/// handshake is all the tests need. Killed on dispose.
/// </summary>
public sealed class DovecotServer : IAsyncDisposable
{
    private readonly ServerProcess _process;
    private readonly ServerDirectory _directory;

    private DovecotServer(ServerProcess process, ServerDirectory directory, DovecotPorts ports)
    {
        _process = process;
        _directory = directory;
        Ports = ports;
    }

    public DovecotPorts Ports { get; }

    public string Output => _process.Output;

    public static Task<DovecotServer> StartAsync(IReadOnlyList<IssuedCertificate> chain, CancellationToken cancellationToken = default) =>
        ServerProcess.WithFreshPortsAsync(() => StartOnceAsync(chain, cancellationToken));

    private static async Task<DovecotServer> StartOnceAsync(IReadOnlyList<IssuedCertificate> chain, CancellationToken cancellationToken)
    {
        var directory = ServerDirectory.Create("dovecot");
        var ports = new DovecotPorts(FreeLoopbackPort.Find(), FreeLoopbackPort.Find(), FreeLoopbackPort.Find(), FreeLoopbackPort.Find());
        var process = await ServerProcess.StartAcceptingAsync(
            directory, () => ("dovecot", ["-c", WriteConfig(directory, chain, ports), "-F"]), ports.All, cancellationToken);
        return new DovecotServer(process, directory, ports);
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }

    private static string WriteConfig(ServerDirectory directory, IReadOnlyList<IssuedCertificate> chain, DovecotPorts ports)
    {
        var (chainFile, keyFile) = directory.WriteChain(chain);
        return directory.Write("dovecot.conf", $$"""
            base_dir = {{directory.File("run")}}
            state_dir = {{directory.File("state")}}
            instance_name = certwatch-{{ports.Imap}}
            protocols = imap pop3
            listen = 127.0.0.1
            ssl = yes
            ssl_cert = <{{chainFile}}
            ssl_key = <{{keyFile}}
            disable_plaintext_auth = yes
            auth_mechanisms = plain
            log_path = /dev/stderr
            default_login_user = dovenull
            default_internal_user = dovecot
            mail_location = mbox:{{directory.File("mail")}}
            passdb {
              driver = static
              args = nopassword=no password=
            }
            userdb {
              driver = static
              args = uid=nobody gid=nogroup home={{directory.File("home")}}
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{ports.Imap}}
              }
              inet_listener imaps {
                address = 127.0.0.1
                port = {{ports.Imaps}}
                ssl = yes
              }
            }
            service pop3-login {
              inet_listener pop3 {
                address = 127.0.0.1
                port = {{ports.Pop3}}
              }
              inet_listener pop3s {
                address = 127.0.0.1
                port = {{ports.Pop3s}}
                ssl = yes
              }
            }

            """);
    }
}
