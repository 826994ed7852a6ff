namespace Certwatch.Cli.Json;

/// <summary>A simulated client: what it negotiates, or why it fails.</summary>
public sealed record ScanClientDto(string Client, bool Success, string? Protocol, string? CipherSuite, string? Group, string? Failure);
