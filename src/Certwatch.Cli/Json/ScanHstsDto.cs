namespace Certwatch.Cli.Json;

/// <summary>HSTS as browsers record it from the first HTTPS response (RFC 6797 §8.1: only its first header counts).</summary>
/// <param name="Present">The response carried a Strict-Transport-Security header.</param>
/// <param name="Valid">Browsers accept it.</param>
/// <param name="MaxAge">max-age in seconds as Chrome stores it (capped at one year); null unless valid.</param>
/// <param name="DeclaredMaxAge">max-age in seconds as written; null unless valid.</param>
/// <param name="HeaderCount">How many Strict-Transport-Security headers the response carried.</param>
/// <param name="Header">The first header value; null when absent.</param>
/// <param name="Problem">Why browsers ignore the header, or why it could not be read; null when valid or simply absent.</param>
/// <param name="Notes">What is noteworthy in a header browsers still apply (max-age capped, unknown directives).</param>
public sealed record ScanHstsDto(
    bool Present,
    bool Valid,
    long? MaxAge,
    long? DeclaredMaxAge,
    bool IncludeSubDomains,
    bool Preload,
    int HeaderCount,
    string? Header,
    string? Problem,
    IReadOnlyList<string> Notes);
