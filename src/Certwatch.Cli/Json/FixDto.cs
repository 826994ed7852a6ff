namespace Certwatch.Cli.Json;

public sealed record FixDto(string Summary, IReadOnlyList<ConfigLineDto> Lines);
