using Certwatch.Core.Findings;
using Certwatch.Scanning.Http;
using Certwatch.Scanning.Scan;

namespace Certwatch.Cli.Reporting;

/// <summary>One scan target as the user typed it: the scan report, or why the text is not a target (UNKNOWN, never scanned).</summary>
public sealed record ScanTargetResult(string Input, ScanReport? Report, string? InputError)
{
    public static ScanTargetResult Scanned(ScanReport report) => new(report.Target.Input, report, null);

    public static ScanTargetResult Invalid(string input, string error) => new(input, null, error);

    public CheckStatus Status => Report?.Status ?? CheckStatus.Unknown;

    /// <summary>host:port when parsed, else the raw input.</summary>
    public string Display => Report?.Target.Display ?? Input;

    /// <summary>Why there is no result at all: the input error or the engine's error.</summary>
    public string? Error => InputError ?? Report?.Error;

    /// <summary>The lowest grade among the addresses, null when none was graded.</summary>
    public string? Grade => Report is null ? null : ScanGradeRank.Lowest(Report.Addresses.Select(a => a.Assessment.Grade.Grade));

    /// <summary>The lowest HTTP header grade (MDN Observatory) among the addresses, null when no HTTPS response was scored.</summary>
    public string? HeaderGrade => Report?.Addresses.Select(a => a.Http?.Headers).OfType<HeaderScore>().Where(h => h.JudgedUrl is not null).MinBy(h => h.Score)?.Grade;
}
