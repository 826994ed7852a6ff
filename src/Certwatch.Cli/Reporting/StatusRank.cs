using Certwatch.Core.Findings;

namespace Certwatch.Cli.Reporting;

/// <summary>
/// Combines the statuses of several targets into the one exit code. Ranking is
/// OK &lt; WARNING &lt; UNKNOWN &lt; CRITICAL: a broken target must never be hidden by one that could
/// not be checked, and a target that could not be checked must not be hidden by a mere warning.
/// </summary>
public static class StatusRank
{
    public static int Of(CheckStatus status) => status switch
    {
        CheckStatus.Ok => 0,
        CheckStatus.Warning => 1,
        CheckStatus.Unknown => 2,
        CheckStatus.Critical => 3,
        _ => 2,
    };

    public static CheckStatus Worst(IEnumerable<CheckStatus> statuses) =>
        statuses.DefaultIfEmpty(CheckStatus.Unknown).MaxBy(Of);

    /// <summary>The monitoring-plugin word: OK, WARNING, CRITICAL, UNKNOWN.</summary>
    public static string Label(CheckStatus status) => status switch
    {
        CheckStatus.Ok => "OK",
        CheckStatus.Warning => "WARNING",
        CheckStatus.Critical => "CRITICAL",
        _ => "UNKNOWN",
    };
}
