using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Certwatch.Core.Targets;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.StartTls;

namespace Certwatch.Tls.Probing;

/// <summary>
/// Opens probe connections: TCP connect within <see cref="ProbeLimits.ConnectTimeout"/>, then the STARTTLS
/// dialogue when the endpoint has one. At most <c>perAddress</c> connections to one address and
/// <c>global</c> in all are open at once (a scan must not look like a flood); a connection holds its slots
/// until disposed.
/// </summary>
public sealed class ProbeConnector(ProbeLimits limits, int perAddress = 5, int global = 64) : IProbeConnector, IDisposable
{
    private readonly SemaphoreSlim _global = new(Math.Max(1, global), Math.Max(1, global));
    private readonly ConcurrentDictionary<IPAddress, SemaphoreSlim> _perAddress = new();
    private readonly ConcurrentDictionary<IPAddress, int> _opened = new();
    private int _total;
    private int _open;
    private int _peak;

    public ProbeLimits Limits { get; } = limits;

    /// <summary>TCP connections opened so far (refused and timed-out attempts not counted).</summary>
    public int ConnectionsOpened => Volatile.Read(ref _total);

    /// <summary>The most connections that were open at the same time.</summary>
    public int PeakOpen => Volatile.Read(ref _peak);

    public int ConnectionsOpenedTo(IPAddress address) => _opened.GetValueOrDefault(address);

    public async Task<ProbeConnection> OpenAsync(ProbeEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var slot = await AcquireAsync(endpoint.Address, cancellationToken);
        try
        {
            var connection = await ConnectAsync(endpoint, slot, cancellationToken);
            if (!connection.IsOpen)
            {
                slot.Dispose();
            }

            return connection;
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    public async Task<IDisposable> ReserveAsync(IPAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return await AcquireAsync(address, cancellationToken);
    }

    public void Dispose()
    {
        _global.Dispose();
        foreach (var semaphore in _perAddress.Values)
        {
            semaphore.Dispose();
        }
    }

    private async Task<ProbeConnection> ConnectAsync(ProbeEndpoint endpoint, Slot slot, CancellationToken cancellationToken)
    {
        var (socket, failure) = await TcpConnector.ConnectAsync(new IPEndPoint(endpoint.Address, endpoint.Port), Limits.ConnectTimeout, cancellationToken);
        if (socket is null)
        {
            return new ProbeConnection(null, failure!.Error, null);
        }

        Interlocked.Increment(ref _total);
        _opened.AddOrUpdate(endpoint.Address, 1, (_, n) => n + 1);
        var stream = new NetworkStream(socket, ownsSocket: true);
        if (endpoint.StartTls == StartTlsProtocol.None)
        {
            return new ProbeConnection(stream, null, slot);
        }

        var name = endpoint.DialogueName ?? endpoint.ServerName ?? endpoint.Address.ToString();
        var dialogue = await RunDialogueAsync(endpoint.StartTls, stream, name, cancellationToken);
        if (dialogue.Outcome == StartTlsOutcome.Ready)
        {
            return new ProbeConnection(stream, null, slot);
        }

        await stream.DisposeAsync();
        return new ProbeConnection(null, $"{StartTlsDialogue.DisplayName(endpoint.StartTls)} STARTTLS {Describe(dialogue.Outcome)}: {dialogue.Detail}", null);
    }

    private static string Describe(StartTlsOutcome outcome) => outcome switch
    {
        StartTlsOutcome.NotOffered => "not offered",
        StartTlsOutcome.Refused => "refused",
        StartTlsOutcome.Timeout => "timed out",
        _ => "failed",
    };

    private async Task<StartTlsResult> RunDialogueAsync(StartTlsProtocol protocol, NetworkStream stream, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await StartTlsDialogue.RunAsync(protocol, stream, name, Limits.StartTlsStepTimeout, cancellationToken);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    private async Task<Slot> AcquireAsync(IPAddress address, CancellationToken cancellationToken)
    {
        var local = _perAddress.GetOrAdd(address, _ => new SemaphoreSlim(Math.Max(1, perAddress), Math.Max(1, perAddress)));
        await local.WaitAsync(cancellationToken);
        try
        {
            await _global.WaitAsync(cancellationToken);
        }
        catch
        {
            local.Release();
            throw;
        }

        var open = Interlocked.Increment(ref _open);
        InterlockedMax(ref _peak, open);
        return new Slot(this, local);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    private sealed class Slot(ProbeConnector owner, SemaphoreSlim local) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref owner._open);
                owner._global.Release();
                local.Release();
            }
        }
    }
}
