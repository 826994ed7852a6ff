namespace Certwatch.Cli.Json;

/// <summary>One problem on the best path; <see cref="Kind"/> is a camelCase problem name, <see cref="Position"/> leaf/intermediate/root.</summary>
public sealed record ProblemDto(string Kind, string Position, int Index, string Sha256, string Message);
