namespace Certwatch.Cli.Json;

public sealed record HttpDto(int? StatusCode, string? StrictTransportSecurity, string? Error);
