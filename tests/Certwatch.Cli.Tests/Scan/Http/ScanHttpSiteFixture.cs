using System.Globalization;
using Certwatch.Cli.Tests.Fixtures;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers.Http;

namespace Certwatch.Cli.Tests.Scan.Http;

/// <summary>
/// A site "shop.localhost" on loopback — an HTTPS server with a chosen header set and a plain-HTTP server that
/// redirects to it — scanned once per output shape by the real command line. Names under .localhost are
/// answered locally (RFC 6761), so www.shop.localhost reaches the same loopback server and nothing leaves the host.
/// </summary>
public sealed class ScanHttpSiteFixture : IAsyncLifetime
{
    public const string Host = "shop.localhost";

    /// <summary>Two years, so Chrome's one-year cap shows; no CSP, so the header grade loses 25 points.</summary>
    public const string Hsts = "max-age=63072000; includeSubDomains; preload";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"certwatch-scan-http-{Guid.NewGuid():N}");
    private ScriptedHttpServer? _https;
    private ScriptedHttpServer? _plain;

    internal ScriptedHttpServer Https => _https!;

    internal ScriptedHttpServer Plain => _plain!;

    internal string CaFile => Path.Combine(_directory, "ca.pem");

    /// <summary>A list on which shop.localhost is itself a public suffix.</summary>
    internal string PslFile => Path.Combine(_directory, "psl.dat");

    internal string HttpsUrl => $"https://{Host}:{Https.Port}/";

    internal CliRun Human { get; private set; } = null!;

    /// <summary>JSON with <c>--psl</c> <see cref="PslFile"/>.</summary>
    internal CliRun Json { get; private set; } = null!;

    internal CliRun NoHttpHuman { get; private set; } = null!;

    internal CliRun NoHttpJson { get; private set; } = null!;

    /// <summary>JSON with <c>--http-port 0</c>.</summary>
    internal CliRun NoPlainPortJson { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var chain = TestPki.CreateChain(Host, TimeProvider.System.GetUtcNow(), leaf: s => s with { DnsNames = [Host, "www." + Host] });
        await File.WriteAllTextAsync(CaFile, chain.Root.Pem);
        await File.WriteAllTextAsync(PslFile, "// ===BEGIN ICANN DOMAINS===\nlocalhost\nshop.localhost\n");
        _https = ScriptedHttpServer.Start(new ScriptedHttpServerOptions
        {
            Routes = new Dictionary<string, ScriptedResponse>
            {
                ["/"] = ScriptedResponse.Ok(
                    ("Strict-Transport-Security", Hsts),
                    ("X-Content-Type-Options", "nosniff"),
                    ("X-Frame-Options", "DENY"),
                    ("Referrer-Policy", "no-referrer"),
                    ("Set-Cookie", "sessionid=1; Secure; HttpOnly; SameSite=Lax; Path=/")),
            },
            Leaf = chain.Leaf.Certificate,
            Chain = [chain.Intermediate.Certificate],
        });
        _plain = ScriptedHttpServer.Start(new ScriptedHttpServerOptions
        {
            Routes = new Dictionary<string, ScriptedResponse> { ["/"] = ScriptedResponse.Redirect(301, HttpsUrl) },
        });
        var plainPort = Plain.Port;
        var runs = await Task.WhenAll(
            ScanAsync(plainPort),
            ScanAsync(plainPort, "--json", "--psl", PslFile),
            ScanAsync(plainPort, "--no-http"),
            ScanAsync(plainPort, "--no-http", "--json"),
            ScanAsync(0, "--json"));
        (Human, Json, NoHttpHuman, NoHttpJson, NoPlainPortJson) = (runs[0], runs[1], runs[2], runs[3], runs[4]);
    }

    public async Task DisposeAsync()
    {
        if (_https is not null)
        {
            await _https.DisposeAsync();
        }

        if (_plain is not null)
        {
            await _plain.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private Task<CliRun> ScanAsync(int httpPort, params string[] more) =>
        CliRun.InProcessAsync(["scan", HttpsUrl, "--ip", "127.0.0.1", "--ca-file", CaFile, "--http-port", httpPort.ToString(CultureInfo.InvariantCulture), .. more]);
}
