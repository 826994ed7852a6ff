namespace Certwatch.Scanning.Scan;

/// <summary>
/// The grade per the SSL Labs SSL Server Rating Guide (2009r): numeric scores for protocol support, key
/// exchange and cipher strength, the letter they give, then every cap that lowered it, and the A+ decision.
/// </summary>
/// <param name="Grade">"A+", "A", "A-", "B", "C", "D", "E", "F", "T" (not trusted), "M" (name mismatch), or "?" (<see cref="NotGraded"/>).</param>
/// <param name="GradeIgnoringTrust">The grade if trust were fixed (SSL Labs shows it beside T/M).</param>
/// <param name="Caps">Every rule that capped the grade, worst first.</param>
/// <param name="Notes">Why A+ was or was not given, and other explanations.</param>
public sealed record ScanGrade(
    string Grade,
    string GradeIgnoringTrust,
    int Score,
    int ProtocolScore,
    int KeyExchangeScore,
    int CipherScore,
    IReadOnlyList<GradeCap> Caps,
    IReadOnlyList<string> Notes)
{
    /// <summary>The grade when the probes could not enumerate the server (the notes say why).</summary>
    public const string NotGraded = "?";
}
