namespace Certwatch.Cli.Json;

public sealed record SignatureDto(string Name, string Oid, string? Hash);
