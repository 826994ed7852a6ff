namespace Certwatch.Cli.Json;

/// <summary>One probe's outcome: <see cref="Status"/> completed/error/skipped, the reason when not completed, and the value when completed (else null).</summary>
public sealed record ScanProbeDto<T>(string Status, string? Reason, double ElapsedMs, T? Value);
