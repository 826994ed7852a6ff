using Certwatch.Cli.Tests.Fixtures;
using Certwatch.TestKit.RealServers;

namespace Certwatch.Cli.Tests.Scan.RealServers;

/// <summary>
/// Starts four real servers with chosen configurations and scans each once with the real certwatch
/// executable (<c>scan --json</c>), in parallel; the tests then read the reports. Servers are killed on dispose.
/// System OpenSSL 3.0 (nginx, s_server) is built without 3DES/RC4, so the 64-bit-block case is gnutls-serv's.
/// </summary>
public sealed class RealServerScanFixture : IAsyncLifetime
{
    /// <summary>TLS 1.0–1.2, CBC suites, static RSA, DHE with a 1024-bit group, server order.</summary>
    public const string WeakCiphers = "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA:AES128-SHA:@SECLEVEL=0";

    /// <summary>TLS 1.1 and 1.2, AES-GCM, AES-CBC and 3DES, ECDHE and static RSA, server precedence.</summary>
    public const string GnuTlsPriority = "NONE:+VERS-TLS1.2:+VERS-TLS1.1:+AES-128-GCM:+AES-128-CBC:+3DES-CBC:+AEAD:+SHA1:+ECDHE-RSA:+RSA:+COMP-NULL:+SIGN-ALL:+GROUP-ALL:%SERVER_PRECEDENCE";

    private readonly List<IAsyncDisposable> _servers = [];
    private string? _caFile;

    internal ScannedServer WeakNginx { get; private set; } = null!;

    internal ScannedServer StrongNginx { get; private set; } = null!;

    internal ScannedServer OpenSsl { get; private set; } = null!;

    internal ScannedServer GnuTls { get; private set; } = null!;

    /// <summary>The weak nginx scanned again with the default human output.</summary>
    internal CliRun WeakNginxHuman { get; private set; } = null!;

    internal int WeakNginxPort { get; private set; }

    internal IEnumerable<ScannedServer> All => [WeakNginx, StrongNginx, OpenSsl, GnuTls];

    public async Task InitializeAsync()
    {
        var chain = RealServerChain.Chain;
        _caFile = Path.Combine(Path.GetTempPath(), $"certwatch-realscan-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(_caFile, chain.Root.Pem);
        var weak = Track(NginxServer.StartAsync(NginxSiteOptions.For(chain) with
        {
            Protocols = "TLSv1 TLSv1.1 TLSv1.2", Ciphers = WeakCiphers, PreferServerCiphers = true, DhParamBits = 1024,
        }));
        var strong = Track(NginxServer.StartAsync(NginxSiteOptions.For(chain) with
        {
            Protocols = "TLSv1.3",
            HttpsDirectives = ["add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains\" always;"],
        }));
        var openssl = Track(OpenSslServer.StartAsync(OpenSslServerOptions.For(chain) with
        {
            Arguments = ["-tls1_2", "-serverpref", "-cipher", "ECDHE-RSA-AES256-GCM-SHA384:AES256-SHA256"],
        }));
        var gnutls = Track(GnuTlsServer.StartAsync(GnuTlsServerOptions.For(chain) with { Priority = GnuTlsPriority }));

        WeakNginxPort = (await weak).HttpsPort;
        var human = CliRun.ProcessAsync("scan", $"127.0.0.1:{WeakNginxPort}", "--sni", "localhost", "--ca-file", _caFile, "--no-http");
        var scans = await Task.WhenAll(
            ScanAsync("weak nginx", $"127.0.0.1:{WeakNginxPort}", "--no-http"),
            ScanAsync("strong nginx", $"127.0.0.1:{(await strong).HttpsPort}"),
            ScanAsync("openssl s_server", (await openssl).Target, "--no-http"),
            ScanAsync("gnutls-serv", (await gnutls).Target, "--no-http"));
        (WeakNginx, StrongNginx, OpenSsl, GnuTls) = (scans[0], scans[1], scans[2], scans[3]);
        WeakNginxHuman = await human;
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        if (_caFile is not null)
        {
            File.Delete(_caFile);
        }
    }

    private async Task<T> Track<T>(Task<T> starting)
        where T : IAsyncDisposable
    {
        var server = await starting;
        lock (_servers)
        {
            _servers.Add(server);
        }

        return server;
    }

    private async Task<ScannedServer> ScanAsync(string name, string target, params string[] more) =>
        new(name, await CliRun.ProcessAsync(["scan", target, "--sni", "localhost", "--ca-file", _caFile!, "--json", .. more]));
}
