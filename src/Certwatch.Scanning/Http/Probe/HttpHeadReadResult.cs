namespace Certwatch.Scanning.Http;

/// <summary>A response head, or why there is none.</summary>
public sealed record HttpHeadReadResult(HttpResponseHead? Head, HttpHopError Error, string? Message)
{
    public static HttpHeadReadResult Failed(HttpHopError error, string message) => new(null, error, message);
}
