namespace Certwatch.Cli.Json;

/// <summary>A registry value: its code in hex ("0x001D") and its IANA name (null when unknown).</summary>
public sealed record ScanCodeDto(string Code, string? Name);
