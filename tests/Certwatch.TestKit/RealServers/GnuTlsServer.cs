using System.Globalization;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// A real <c>gnutls-serv --http</c>. gnutls-serv has no bind-address option and listens on every address,
/// so it runs in its own empty network namespace (<c>unshare --net</c>, needs root — as CI runs) and a relay
/// on 127.0.0.1:<see cref="Port"/> forwards the bytes unchanged. Nothing outside loopback can reach it.
/// </summary>
public sealed class GnuTlsServer : IAsyncDisposable
{
    /// <summary>The port inside the private namespace: nothing else lives there, so any fixed port is free.</summary>
    private const int InnerPort = 4433;

    private readonly ServerDirectory _directory;
    private readonly ServerProcess _process;
    private NamespaceRelay? _relay;

    private GnuTlsServer(ServerDirectory directory, ServerProcess process, IReadOnlyList<string> commandLine)
    {
        _directory = directory;
        _process = process;
        CommandLine = commandLine;
    }

    public int Port => _relay?.Port ?? 0;

    /// <summary>"127.0.0.1:PORT".</summary>
    public string Target => $"127.0.0.1:{Port}";

    public IReadOnlyList<string> CommandLine { get; }

    /// <summary>What gnutls-serv printed so far.</summary>
    public string Output => _process.Output;

    public int ProcessId => _process.Id;

    public static async Task<GnuTlsServer> StartAsync(GnuTlsServerOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = ServerDirectory.Create("gnutls-serv");
        GnuTlsServer? server = null;
        try
        {
            var (chain, key) = directory.WriteChain(options.Chain);
            List<string> arguments = ["--net", "--", "gnutls-serv", "--http", "--disable-client-cert",
                "--port", InnerPort.ToString(CultureInfo.InvariantCulture),
                "--x509certfile", chain, "--x509keyfile", key, "--priority", options.Priority];
            if (options.DhParamBits is { } bits)
            {
                arguments.AddRange(["--dhparams", directory.Write("dhparam.pem", await DhParameters.PemAsync(bits))]);
            }

            arguments.AddRange(options.Arguments);
            var process = ServerProcess.Start("unshare", arguments, directory.Path);
            server = new GnuTlsServer(directory, process, arguments);
            await server.ConnectRelayAsync(ct);
            return server;
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
            else
            {
                directory.Dispose();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_relay is not null)
        {
            await _relay.DisposeAsync();
        }

        await _process.DisposeAsync();
        _directory.Dispose();
    }

    private async Task ConnectRelayAsync(CancellationToken ct)
    {
        var sockets = await NetworkNamespaceSockets.JoinAsync(_process, Diagnostics, ct);
        _relay = NamespaceRelay.Start(sockets, InnerPort);
        await _process.WaitUntilAcceptingAsync(_relay.ConnectInnerAsync, Diagnostics, ct);
    }

    private string Diagnostics() => $"unshare {string.Join(' ', CommandLine)}\n{Output}";
}
