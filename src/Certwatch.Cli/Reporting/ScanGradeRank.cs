namespace Certwatch.Cli.Reporting;

/// <summary>
/// Orders SSL Labs grades so a target with several addresses shows its weakest: A+ best, then A, A-, B … F.
/// T (not trusted) and M (name mismatch) rank below F because no client can use the site as it is.
/// "?" (not graded: the probes could not run) is no grade at all and is left out.
/// </summary>
public static class ScanGradeRank
{
    private static readonly string[] BestFirst = ["A+", "A", "A-", "B", "C", "D", "E", "F", "M", "T"];

    public static int Of(string grade) => Array.IndexOf(BestFirst, grade) is var index and >= 0 ? index : BestFirst.Length;

    public static bool IsGrade(string grade) => Array.IndexOf(BestFirst, grade) >= 0;

    /// <summary>The weakest real grade, or null when none of <paramref name="grades"/> is one.</summary>
    public static string? Lowest(IEnumerable<string> grades) => grades.Where(IsGrade).DefaultIfEmpty().MaxBy(g => g is null ? -1 : Of(g));
}
