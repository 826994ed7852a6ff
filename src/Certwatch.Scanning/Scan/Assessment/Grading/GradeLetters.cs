namespace Certwatch.Scanning.Scan.Assessment.Grading;

/// <summary>The SSL Labs letters, best first, and the score thresholds of the rating guide (2009, Table 1).</summary>
internal static class GradeLetters
{
    public const string Trust = "T";
    public const string Mismatch = "M";

    private static readonly string[] Order = ["A+", "A", "A-", "B", "C", "D", "E", "F"];

    /// <summary>Score ≥ 80 A, ≥ 65 B, ≥ 50 C, ≥ 35 D, ≥ 20 E, else F.</summary>
    public static string FromScore(int score) => score switch
    {
        >= 80 => "A",
        >= 65 => "B",
        >= 50 => "C",
        >= 35 => "D",
        >= 20 => "E",
        _ => "F",
    };

    /// <summary>0 for A+ up to 7 for F; T and M rank below F so they sort first among caps.</summary>
    public static int Rank(string letter) => letter switch
    {
        Trust => 9,
        Mismatch => 8,
        _ => Array.IndexOf(Order, letter),
    };

    public static string Worse(string a, string b) => Rank(a) >= Rank(b) ? a : b;
}
