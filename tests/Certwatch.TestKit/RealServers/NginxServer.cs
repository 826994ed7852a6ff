using Certwatch.TestKit.Servers;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// A real nginx serving one TLS site on 127.0.0.1 (and optionally plain HTTP), from a private prefix
/// directory. Start fails with nginx's error log when the configuration is refused; dispose kills the
/// process and deletes the directory.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    private const int PortAttempts = 3;

    private readonly ServerDirectory _directory;
    private readonly ServerProcess _process;

    private NginxServer(ServerDirectory directory, ServerProcess process, string configText, int httpsPort, int httpPort)
    {
        _directory = directory;
        _process = process;
        ConfigText = configText;
        HttpsPort = httpsPort;
        HttpPort = httpPort;
    }

    public int HttpsPort { get; }

    /// <summary>The plain-HTTP port when <see cref="NginxSiteOptions.PlainHttp"/>, else 0.</summary>
    public int HttpPort { get; }

    /// <summary>"127.0.0.1:PORT" of the TLS listener, as certwatch and the peer tools take it.</summary>
    public string HttpsTarget => $"127.0.0.1:{HttpsPort}";

    public string ConfigText { get; }

    /// <summary>nginx's error log so far (and its stderr), for assertion messages.</summary>
    public string ErrorLog => _directory.ReadText(Path.Combine("logs", "error.log")) + _process.Output;

    public int ProcessId => _process.Id;

    public static async Task<NginxServer> StartAsync(NginxSiteOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(options, ct);
            }
            catch (PortTakenException) when (attempt < PortAttempts)
            {
                // Another process took the free port between our probe and nginx's bind: pick new ports.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }

    private static async Task<NginxServer> StartOnceAsync(NginxSiteOptions options, CancellationToken ct)
    {
        var directory = ServerDirectory.Create("nginx");
        try
        {
            var files = await WriteFilesAsync(directory, options);
            var httpsPort = FreeLoopbackPort.Find();
            var httpPort = options.PlainHttp ? FreeLoopbackPort.Find() : 0;
            var config = NginxConfig.Render(options, files, httpsPort, httpPort);
            directory.Write("nginx.conf", config);
            var process = ServerProcess.Start("nginx", ["-p", directory.Path + "/", "-c", files.Config, "-e", files.ErrorLog], directory.Path);
            var server = new NginxServer(directory, process, config, httpsPort, httpPort);
            await server.WaitUntilReadyAsync(ct);
            return server;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static async Task<NginxFiles> WriteFilesAsync(ServerDirectory directory, NginxSiteOptions options)
    {
        var (chain, key) = directory.WriteChain(options.Chain);
        var dhPem = options.DhParamPem ?? (options.DhParamBits is { } bits ? await DhParameters.PemAsync(bits) : null);
        var dhFile = dhPem is null ? null : directory.Write("dhparam.pem", dhPem);
        var files = new NginxFiles(directory.Path, chain, key, dhFile);
        Directory.CreateDirectory(Path.GetDirectoryName(files.ErrorLog)!);
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            Directory.CreateDirectory(files.Temp(temp));
        }

        return files;
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        try
        {
            await _process.WaitUntilAcceptingAsync(ServerProcess.LoopbackConnect(HttpsPort), Diagnostics, ct);
            if (HttpPort != 0)
            {
                await _process.WaitUntilAcceptingAsync(ServerProcess.LoopbackConnect(HttpPort), Diagnostics, ct);
            }
        }
        catch (InvalidOperationException e)
        {
            await _process.DisposeAsync();
            throw ErrorLog.Contains("Address already in use", StringComparison.Ordinal)
                ? new PortTakenException(e.Message)
                : e;
        }
    }

    private string Diagnostics() => $"nginx error log:\n{ErrorLog}\nnginx.conf:\n{ConfigText}";
}
