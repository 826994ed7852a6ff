namespace Certwatch.Scanning.Http;

/// <summary>One request/response of a redirect chain, as recorded.</summary>
/// <param name="Url">The URL requested.</param>
/// <param name="Address">The IP address connected to; null when the name did not resolve.</param>
/// <param name="StatusCode">The response status; null when there was no response head.</param>
/// <param name="Location">The Location field as sent, on redirects.</param>
/// <param name="NextUrl">Location resolved against <paramref name="Url"/> (RFC 9110 §10.2.2, RFC 3986 §5); null when not a redirect or unusable.</param>
/// <param name="Headers">The security-relevant fields (<see cref="JudgedHeaders"/>), in order, repeats kept.</param>
/// <param name="Duration">From connect to the end of the head.</param>
/// <param name="Error">Why there is no response head; None when there is one.</param>
/// <param name="ErrorMessage">The error in one line.</param>
/// <param name="Tls">TLS facts for https hops that completed a handshake.</param>
public sealed record HttpHop(
    string Url,
    string? Address,
    int? StatusCode,
    string? Location,
    string? NextUrl,
    IReadOnlyList<HttpHeaderField> Headers,
    TimeSpan Duration,
    HttpHopError Error,
    string? ErrorMessage,
    HttpTlsFacts? Tls)
{
    public bool Answered => Error == HttpHopError.None;

    /// <summary>The redirect statuses a browser follows with a Location (RFC 9110 §15.4.2–§15.4.9).</summary>
    public bool IsRedirect => StatusCode is 301 or 302 or 303 or 307 or 308 && Location is not null;

    public bool IsHttps => Url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first value of a judged field; null when absent.</summary>
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>Every value of a judged field, in order.</summary>
    public IReadOnlyList<string> HeaderValues(string name) =>
        [.. Headers.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)];
}
