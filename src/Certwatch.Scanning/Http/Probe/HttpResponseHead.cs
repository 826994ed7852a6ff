namespace Certwatch.Scanning.Http;

/// <summary>A parsed HTTP/1.x response head: status line and header fields in the order received.</summary>
/// <param name="Version">"HTTP/1.1" or "HTTP/1.0".</param>
/// <param name="StatusCode">The three-digit status code (RFC 9110 §15).</param>
/// <param name="ReasonPhrase">The reason phrase, possibly empty.</param>
/// <param name="Headers">Every field line, in order; repeated fields stay separate (never list-combined).</param>
public sealed record HttpResponseHead(string Version, int StatusCode, string ReasonPhrase, IReadOnlyList<HttpHeaderField> Headers)
{
    /// <summary>The first value of a field (names are case-insensitive, RFC 9110 §5.1); null when absent.</summary>
    public string? First(string name) => Headers.FirstOrDefault(h => Is(h, name))?.Value;

    /// <summary>Every value of a field, in order.</summary>
    public IReadOnlyList<string> All(string name) => [.. Headers.Where(h => Is(h, name)).Select(h => h.Value)];

    private static bool Is(HttpHeaderField field, string name) => field.Name.Equals(name, StringComparison.OrdinalIgnoreCase);
}
