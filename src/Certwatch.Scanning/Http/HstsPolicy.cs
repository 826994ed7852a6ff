namespace Certwatch.Scanning.Http;

/// <summary>
/// A Strict-Transport-Security value as a browser reads it. Only the first header of a response counts
/// (RFC 6797 §8.1 — the probe records the first), and a header received over plain HTTP is ignored
/// (§8.1; our probe only ever reads it over TLS).
/// </summary>
/// <param name="HeaderValue">The header value as received; null when the response had none.</param>
/// <param name="Valid">Browsers accept the header. False when absent or when any problem ignores the header.</param>
/// <param name="MaxAgeSeconds">max-age as Chrome stores it (capped at one year); null unless valid.</param>
/// <param name="DeclaredMaxAgeSeconds">max-age as written (saturating at <see cref="long.MaxValue"/>); null unless valid.</param>
/// <param name="IncludeSubDomains">The policy covers subdomains (§6.1.2); false unless valid.</param>
/// <param name="Preload">A valueless preload directive is present (hstspreload.org convention, not RFC 6797); false unless valid.</param>
/// <param name="Problems">Everything wrong or noteworthy, in header order.</param>
public sealed record HstsPolicy(
    string? HeaderValue,
    bool Valid,
    long? MaxAgeSeconds,
    long? DeclaredMaxAgeSeconds,
    bool IncludeSubDomains,
    bool Preload,
    IReadOnlyList<HstsProblem> Problems)
{
    /// <summary>Chrome's kMaxHSTSAgeSecs (net/http/transport_security_state.h): 365 days.</summary>
    public const long ChromeMaxAgeCapSeconds = 31_536_000;

    /// <summary>No header on the response.</summary>
    public static HstsPolicy Absent { get; } = new(null, false, null, null, false, false, []);

    /// <summary>The response carried a Strict-Transport-Security header, valid or not.</summary>
    public bool Present => HeaderValue is not null;

    /// <summary>
    /// Browsers note the host as a Known HSTS Host: a valid header with max-age above zero. max-age=0 deletes
    /// the entry instead (RFC 6797 §6.1.1).
    /// </summary>
    public bool MakesKnownHstsHost => Valid && MaxAgeSeconds > 0;

    /// <summary>The problems that make browsers discard the header.</summary>
    public IEnumerable<HstsProblem> ReasonsIgnored => Problems.Where(p => p.IgnoresHeader);
}
