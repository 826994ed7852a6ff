using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Resolution;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.Tls.Probing;

namespace Certwatch.Scanning.Scan;

/// <summary>
/// The scan pipeline: resolve every address, run the certificate check and every probe on each (bounded
/// connections per host and globally), assess the facts, merge into a report. Never throws for a target's
/// failure; only the caller's cancellation throws.
/// </summary>
public sealed class ScanRunner(IHostResolver resolver, TimeProvider timeProvider)
{
    public IHostResolver Resolver { get; } = resolver;

    public TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>Hello randoms and key shares; tests fix a seed.</summary>
    public ProbeRandom Random { get; init; } = ProbeRandom.Secure;

    public async Task<ScanReport> ScanAsync(Target target, ScanOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var connector = new ProbeConnector(options.Limits, options.PerHostConnections, options.GlobalConnections);
        return await ScanAsync(target, options, connector, cancellationToken);
    }

    /// <summary>Scans many targets, <see cref="CheckOptions.Concurrency"/> at a time, sharing one global connection cap; results in input order.</summary>
    public async Task<IReadOnlyList<ScanReport>> ScanAllAsync(IReadOnlyList<Target> targets, ScanOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        using var connector = new ProbeConnector(options.Limits, options.PerHostConnections, options.GlobalConnections);
        var reports = new ScanReport[targets.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Check.Concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (i, token) =>
            reports[i] = await ScanAsync(targets[i], options, connector, token));
        return reports;
    }

    internal async Task<ScanReport> ScanAsync(Target target, ScanOptions options, IProbeConnector connector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var started = TimeProvider.GetTimestamp();
        var run = new TargetScan(target, options, options.Check.At ?? TimeProvider.GetUtcNow(), () => TimeProvider.GetElapsedTime(started), Random);
        using var limit = new CancellationTokenSource(options.Check.OverallTimeout, TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            var (addresses, error) = await ResolveAsync(target, linked.Token);
            return addresses.Count == 0
                ? run.Unknown(ConnectionFailureFinding.DnsFailed(error ?? $"cannot resolve '{target.Host}': no address"), error ?? $"cannot resolve '{target.Host}': no address")
                : await run.ScanAllAsync(addresses, connector, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return run.Unknown(ConnectionFailureFinding.TimedOut(target.Display, options.Check.OverallTimeout),
                $"{target.Display}: no result within {options.Check.OverallTimeout.TotalSeconds:0.#} s (overall timeout)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug must not sink the other targets of the run; report it on this one.
            return run.Unknown(new Finding(FindingIds.TlsHandshakeFailed, Severity.Critical, "Internal error", e.Message, [e.GetType().Name], null),
                $"{target.Display}: internal error: {e.Message}");
        }
    }

    private async Task<(IReadOnlyList<IPAddress> Addresses, string? Error)> ResolveAsync(Target target, CancellationToken cancellationToken)
    {
        if (target.PinnedAddress is { } pinned)
        {
            return ([pinned], null);
        }

        try
        {
            return (await Resolver.ResolveAsync(target.Host, cancellationToken), null);
        }
        catch (HostResolutionException e)
        {
            return ([], e.Message);
        }
    }
}
