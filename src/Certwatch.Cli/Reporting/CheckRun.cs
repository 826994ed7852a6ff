using Certwatch.Core.Findings;

namespace Certwatch.Cli.Reporting;

/// <summary>Everything one <c>certwatch check</c> invocation produced, ready for a renderer.</summary>
/// <param name="Results">One per target, in the order given.</param>
/// <param name="ValidationTime">The "now" every certificate was judged at (<c>--at</c> or the clock).</param>
/// <param name="TrustStoreName">Where the trust anchors came from.</param>
/// <param name="TrustAnchorCount">How many anchors.</param>
/// <param name="Expiry">The thresholds in force (for perfdata).</param>
public sealed record CheckRun(
    IReadOnlyList<TargetResult> Results,
    DateTimeOffset ValidationTime,
    string TrustStoreName,
    int TrustAnchorCount,
    ExpiryPolicy Expiry)
{
    public CheckStatus Status => StatusRank.Worst(Results.Select(r => r.Status));

    public int ExitCode => (int)Status;
}
