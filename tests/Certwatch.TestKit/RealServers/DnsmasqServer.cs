using System.Net;
using Certwatch.TestKit.Servers;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// dnsmasq serving a <see cref="DnsmasqZone"/> on 127.0.0.1 (UDP and TCP, a free port), with no upstream,
/// no /etc/hosts and no system config file; killed on dispose.
/// </summary>
public sealed class DnsmasqServer : IAsyncDisposable
{
    private readonly ServerProcess _process;
    private readonly ServerDirectory _directory;

    private DnsmasqServer(ServerProcess process, ServerDirectory directory, int port)
    {
        _process = process;
        _directory = directory;
        EndPoint = new IPEndPoint(IPAddress.Loopback, port);
    }

    public IPEndPoint EndPoint { get; }

    public string Output => _process.Output;

    public static Task<DnsmasqServer> StartAsync(DnsmasqZone zone, CancellationToken cancellationToken = default) =>
        ServerProcess.WithFreshPortsAsync(() => StartOnceAsync(zone, cancellationToken));

    private static async Task<DnsmasqServer> StartOnceAsync(DnsmasqZone zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var directory = ServerDirectory.Create("dnsmasq");
        var port = FreeLoopbackPort.Find();
        string[] arguments =
        [
            "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--no-daemon", "--log-queries", "--pid-file=",
            $"--port={port}", "--listen-address=127.0.0.1", "--bind-interfaces",
            .. zone.Options,
        ];
        var process = await ServerProcess.StartAcceptingAsync(directory, () => ("dnsmasq", arguments), [port], cancellationToken);
        return new DnsmasqServer(process, directory, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }
}
