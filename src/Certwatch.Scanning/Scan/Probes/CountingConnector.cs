using System.Net;
using Certwatch.Tls.Probing;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>Counts the connections one address's probes opened, whatever connector (and caps) they share.</summary>
internal sealed class CountingConnector(IProbeConnector inner) : IProbeConnector
{
    private int _opened;

    public int Opened => Volatile.Read(ref _opened);

    public async Task<ProbeConnection> OpenAsync(ProbeEndpoint endpoint, CancellationToken cancellationToken)
    {
        var connection = await inner.OpenAsync(endpoint, cancellationToken);
        if (connection.IsOpen)
        {
            Interlocked.Increment(ref _opened);
        }

        return connection;
    }

    public Task<IDisposable> ReserveAsync(IPAddress address, CancellationToken cancellationToken) => inner.ReserveAsync(address, cancellationToken);
}
