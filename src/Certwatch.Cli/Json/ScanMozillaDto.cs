namespace Certwatch.Cli.Json;

/// <summary>Compliance with one Mozilla server-side TLS profile (modern, intermediate, old).</summary>
public sealed record ScanMozillaDto(string Profile, bool Compliant, IReadOnlyList<string> Deviations);
