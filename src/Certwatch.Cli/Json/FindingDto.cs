namespace Certwatch.Cli.Json;

/// <summary>One finding; <see cref="Id"/> is documented in docs/findings.md, <see cref="Severity"/> is info/warning/critical.</summary>
public sealed record FindingDto(
    string Id,
    string Severity,
    string Title,
    string Detail,
    IReadOnlyList<string> Evidence,
    FixDto? Fix,
    string? Address);
