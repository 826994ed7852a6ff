using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Resolution;

namespace Certwatch.Scanning.Check;

/// <summary>
/// The check pipeline: resolve every address, probe each, analyse each chain, merge into a report.
/// Never throws for a target's failure; a failed target is a report with status Unknown.
/// Only the caller's cancellation throws (OperationCanceledException).
/// </summary>
public sealed class CheckRunner(IHostResolver resolver, TimeProvider timeProvider)
{
    public IHostResolver Resolver { get; } = resolver;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public async Task<TargetReport> CheckAsync(Target target, CheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var started = TimeProvider.GetTimestamp();
        var validationTime = options.At ?? TimeProvider.GetUtcNow();
        var run = new TargetCheck(target, options, validationTime, () => TimeProvider.GetElapsedTime(started));
        using var limit = new CancellationTokenSource(options.OverallTimeout, TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            var addresses = await ResolveAsync(target, linked.Token);
            return addresses.Count == 0
                ? run.DnsFailed(addresses.Error ?? $"cannot resolve '{target.Host}': no address")
                : await run.ProbeAllAsync(addresses.Addresses, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return run.Unknown(ConnectionFailureFinding.TimedOut(target.Display, options.OverallTimeout),
                $"{target.Display}: no result within {options.OverallTimeout.TotalSeconds:0.#} s (overall timeout)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug must not sink the other targets of the run; report it on this one.
            return run.Unknown(new Finding(FindingIds.TlsHandshakeFailed, Severity.Critical, "Internal error", e.Message, [e.GetType().Name], null),
                $"{target.Display}: internal error: {e.Message}");
        }
    }

    /// <summary>Checks many targets, <see cref="CheckOptions.Concurrency"/> at a time; results in input order.</summary>
    public async Task<IReadOnlyList<TargetReport>> CheckAllAsync(IReadOnlyList<Target> targets, CheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        var reports = new TargetReport[targets.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (i, token) =>
            reports[i] = await CheckAsync(targets[i], options, token));
        return reports;
    }

    private async Task<ResolvedAddresses> ResolveAsync(Target target, CancellationToken cancellationToken)
    {
        if (target.PinnedAddress is { } pinned)
        {
            return new ResolvedAddresses([pinned], null);
        }

        try
        {
            return new ResolvedAddresses(await Resolver.ResolveAsync(target.Host, cancellationToken), null);
        }
        catch (HostResolutionException e)
        {
            return new ResolvedAddresses([], e.Message);
        }
    }

    private sealed record ResolvedAddresses(IReadOnlyList<IPAddress> Addresses, string? Error)
    {
        public int Count => Addresses.Count;
    }
}
