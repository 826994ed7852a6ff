using Certwatch.Core.Findings;
using Certwatch.Scanning.Check;

namespace Certwatch.Cli.Reporting;

/// <summary>
/// One target as the user typed it: either the pipeline's report, or why the text could not be
/// understood as a target (then it was never checked and counts as UNKNOWN).
/// </summary>
/// <param name="Label">A name for people, e.g. the lab scenario; not part of the target.</param>
public sealed record TargetResult(string Input, TargetReport? Report, string? InputError, string? Label = null)
{
    public static TargetResult Checked(TargetReport report) => new(report.Target.Input, report, null);

    public static TargetResult Invalid(string input, string error) => new(input, null, error);

    public CheckStatus Status => Report?.Status ?? CheckStatus.Unknown;

    /// <summary>host:port when parsed, else the raw input.</summary>
    public string Display => Report?.Target.Display ?? Input;

    /// <summary>host:port (label).</summary>
    public string DisplayWithLabel => Label is null ? Display : $"{Display} ({Label})";

    /// <summary>Why the target has no result at all: the input error or the pipeline's error.</summary>
    public string? Error => InputError ?? Report?.Error;
}
