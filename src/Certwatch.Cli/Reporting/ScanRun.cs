using Certwatch.Core.Findings;

namespace Certwatch.Cli.Reporting;

/// <summary>Everything one <c>certwatch scan</c> invocation produced, ready for a renderer.</summary>
/// <param name="Results">One per target, in the order given.</param>
/// <param name="ValidationTime">The instant certificates were judged at (<c>--at</c> or the clock).</param>
public sealed record ScanRun(
    IReadOnlyList<ScanTargetResult> Results,
    DateTimeOffset ValidationTime,
    string TrustStoreName,
    int TrustAnchorCount)
{
    public CheckStatus Status => StatusRank.Worst(Results.Select(r => r.Status));

    public int ExitCode => (int)Status;
}
