namespace Certwatch.Cli.Json;

/// <summary>One request of a chain.</summary>
/// <param name="Status">The response status code; null when there was no response head.</param>
/// <param name="Location">The Location field as sent, on redirects.</param>
/// <param name="Error">Why there is no response head, in one line; null when there is one.</param>
public sealed record ScanHttpHopDto(string Url, int? Status, string? Location, string? Error);
