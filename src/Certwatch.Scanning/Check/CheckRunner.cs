using Certwatch.Core.Targets;
using Certwatch.Scanning.Resolution;

namespace Certwatch.Scanning.Check;

/// <summary>
/// The check pipeline: resolve every address, probe each, analyse each chain, merge into a report.
/// Never throws for a target's failure; a failed target is a report with status Unknown.
/// </summary>
public sealed class CheckRunner(IHostResolver resolver, TimeProvider timeProvider)
{
    public IHostResolver Resolver { get; } = resolver;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public Task<TargetReport> CheckAsync(Target target, CheckOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Checks many targets, <see cref="CheckOptions.Concurrency"/> at a time; results in input order.</summary>
    public Task<IReadOnlyList<TargetReport>> CheckAllAsync(IReadOnlyList<Target> targets, CheckOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
