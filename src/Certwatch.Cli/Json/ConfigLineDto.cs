namespace Certwatch.Cli.Json;

public sealed record ConfigLineDto(string Server, string Line);
