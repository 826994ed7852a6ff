namespace Certwatch.Cli.Json;

public sealed record KeyDto(string Algorithm, int SizeBits, string? Curve);
