namespace Certwatch.Scanning.Http;

/// <summary>The MDN HTTP Observatory score of the final HTTPS response: 100 plus each row's modifier.</summary>
/// <param name="Score">The final score (never below 0; may exceed 100 with bonuses).</param>
/// <param name="Grade">A+ … F.</param>
/// <param name="BonusesCounted">Positive modifiers count only when the score without them is at least 90.</param>
/// <param name="Tests">Every row with its outcome, modifier, explanation and the header value seen.</param>
/// <param name="JudgedUrl">The URL whose response headers were scored; null when no HTTPS response was available.</param>
public sealed record HeaderScore(int Score, string Grade, bool BonusesCounted, IReadOnlyList<HeaderTestResult> Tests, string? JudgedUrl);
