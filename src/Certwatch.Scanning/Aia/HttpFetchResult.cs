namespace Certwatch.Scanning.Aia;

/// <summary>The body of one bounded HTTP download, or why there is none.</summary>
public sealed record HttpFetchResult(byte[]? Body, string? Error)
{
    public static HttpFetchResult Failed(string error) => new(null, error);
}
