namespace Certwatch.Core.Findings;

/// <summary>What to do about a finding: a sentence, and the concrete lines or commands that do it.</summary>
public sealed record FixAdvice(string Summary, IReadOnlyList<ServerConfigLine> Lines)
{
    public static FixAdvice Text(string summary) => new(summary, []);
}
