namespace Certwatch.Cli.Json;

/// <summary>What one client shows; <see cref="Client"/> is chrome/firefox/safari/openssl/go/java.</summary>
public sealed record VerdictDto(
    string Client,
    string ClientName,
    bool Accepted,
    string? ErrorCode,
    string Message,
    bool Bypassable,
    string? Reason);
