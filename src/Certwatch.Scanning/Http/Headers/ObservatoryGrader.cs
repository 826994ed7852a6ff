namespace Certwatch.Scanning.Http;

/// <summary>
/// Sums the rows the way the Observatory grader does (src/grader/grader.js, charts.js): start at 100, add the
/// penalties, add the bonuses only if that is at least 90 (MINIMUM_SCORE_FOR_EXTRA_CREDIT), floor at 0; the
/// grade comes from the score rounded down to a multiple of 5.
/// </summary>
internal static class ObservatoryGrader
{
    public const int MinimumScoreForExtraCredit = 90;

    public static HeaderScore Grade(IReadOnlyList<HeaderTestResult> tests, string? judgedUrl)
    {
        var withoutBonus = 100 + tests.Where(t => t.Modifier < 0).Sum(t => t.Modifier);
        var bonuses = withoutBonus >= MinimumScoreForExtraCredit;
        var score = Math.Max(0, withoutBonus + (bonuses ? tests.Where(t => t.Modifier > 0).Sum(t => t.Modifier) : 0));
        return new HeaderScore(score, Letter(score), bonuses, tests, judgedUrl);
    }

    public static string Letter(int score) => (Math.Max(0, score) / 5 * 5) switch
    {
        >= 100 => "A+",
        >= 90 => "A",
        85 => "A-",
        80 => "B+",
        >= 70 => "B",
        65 => "B-",
        60 => "C+",
        >= 50 => "C",
        45 => "C-",
        40 => "D+",
        >= 30 => "D",
        25 => "D-",
        _ => "F",
    };
}
