namespace Certwatch.Cli.Json;

/// <summary>One protocol version: "SSLv2" … "TLSv1.3", whether offered, and what the server answered when not.</summary>
public sealed record ScanProtocolDto(string Version, bool Supported, string? Detail);
