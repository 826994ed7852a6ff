namespace Certwatch.Cli.Json;

/// <summary>One capping rule: the highest grade it allows, its name and the fact that triggered it.</summary>
public sealed record ScanGradeCapDto(string Cap, string Rule, string Reason);
