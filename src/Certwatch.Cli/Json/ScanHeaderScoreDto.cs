namespace Certwatch.Cli.Json;

/// <summary>The MDN HTTP Observatory score of the final HTTPS response: 100 plus each test's modifier.</summary>
/// <param name="Grade">A+ … F; null when no HTTPS response was scored.</param>
/// <param name="Score">Null when no HTTPS response was scored.</param>
/// <param name="JudgedUrl">The URL whose response headers were scored.</param>
/// <param name="BonusesCounted">Positive modifiers count only when the score without them is at least 90.</param>
public sealed record ScanHeaderScoreDto(string? Grade, int? Score, string? JudgedUrl, bool BonusesCounted, IReadOnlyList<ScanHeaderTestDto> Tests);
