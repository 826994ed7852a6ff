namespace Certwatch.Cli.Json;

public sealed record ToolDto(string Name, string Version);
