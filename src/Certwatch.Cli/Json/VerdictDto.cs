namespace Certwatch.Cli.Json;

/// <summary>What one client shows; <see cref="Client"/> is chrome/firefox/safari/openssl/go/java.</summary>
public sealed record VerdictDto(
    string Client,
    string ClientName,
    bool Accepted,
    string? ErrorCode,
    string Message,
    bool Bypassable,
    string? Reason)
{
    /// <summary>The reason in a few words, as on the outcome line ("completed the chain via AIA from http://…").</summary>
    public string? Summary { get; init; }
}
