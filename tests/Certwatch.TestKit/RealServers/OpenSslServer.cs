using System.Globalization;
using Certwatch.TestKit.Servers;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// A real <c>openssl s_server -www</c> on 127.0.0.1. It serves one connection at a time (others wait in the
/// backlog), which is what a small appliance does too. Dispose kills it and deletes its directory.
/// </summary>
public sealed class OpenSslServer : IAsyncDisposable
{
    private readonly ServerDirectory _directory;
    private readonly ServerProcess _process;

    private OpenSslServer(ServerDirectory directory, ServerProcess process, int port, IReadOnlyList<string> commandLine)
    {
        _directory = directory;
        _process = process;
        Port = port;
        CommandLine = commandLine;
    }

    public int Port { get; }

    /// <summary>"127.0.0.1:PORT".</summary>
    public string Target => $"127.0.0.1:{Port}";

    /// <summary>The full argument list, for assertion messages.</summary>
    public IReadOnlyList<string> CommandLine { get; }

    /// <summary>What s_server printed so far.</summary>
    public string Output => _process.Output;

    public int ProcessId => _process.Id;

    public static async Task<OpenSslServer> StartAsync(OpenSslServerOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return await ServerProcess.WithFreshPortsAsync(() => StartOnceAsync(options, ct));
    }

    private static async Task<OpenSslServer> StartOnceAsync(OpenSslServerOptions options, CancellationToken ct)
    {
        var directory = ServerDirectory.Create("s_server");
        try
        {
            var (_, key) = directory.WriteChain(options.Chain);
            var leaf = directory.Write("leaf.pem", options.Chain[0].Pem);
            // -cert takes the leaf only; -cert_chain the certificates sent after it.
            var chain = options.Chain.Count > 1 ? directory.Write("extra-chain.pem", string.Concat(options.Chain.Skip(1).Select(c => c.Pem))) : null;
            var port = FreeLoopbackPort.Find();
            List<string> arguments = ["s_server", "-accept", $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}", "-www", "-cert", leaf, "-key", key];
            if (chain is not null)
            {
                arguments.AddRange(["-cert_chain", chain]);
            }

            if (options.DhParamBits is { } bits)
            {
                arguments.AddRange(["-dhparam", directory.Write("dhparam.pem", await DhParameters.PemAsync(bits))]);
            }

            if (options.StapledResponse is { } staple)
            {
                var statusFile = directory.File("ocsp-response.der");
                await File.WriteAllBytesAsync(statusFile, staple, ct);
                arguments.AddRange(["-status_file", statusFile]);
            }

            arguments.AddRange(options.Arguments);
            var process = ServerProcess.Start("openssl", arguments, directory.Path);
            var server = new OpenSslServer(directory, process, port, arguments);
            await server.WaitUntilReadyAsync(ct);
            return server;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        try
        {
            await _process.WaitUntilAcceptingAsync(ServerProcess.LoopbackConnect(Port), () => $"openssl {string.Join(' ', CommandLine)}\n{Output}", ct);
        }
        catch
        {
            await _process.DisposeAsync();
            throw;
        }
    }
}
