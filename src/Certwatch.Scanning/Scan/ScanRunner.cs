using Certwatch.Core.Targets;
using Certwatch.Scanning.Resolution;

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

    public Task<ScanReport> ScanAsync(Target target, ScanOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<ScanReport>> ScanAllAsync(IReadOnlyList<Target> targets, ScanOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
