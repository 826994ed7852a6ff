namespace Certwatch.X509.Verdicts;

/// <summary>
/// What one client shows for this chain: OK, or the exact error code and text it reports
/// (<c>NET::ERR_CERT_DATE_INVALID</c>, <c>SEC_ERROR_UNKNOWN_ISSUER</c>, OpenSSL's
/// <c>unable to get local issuer certificate</c>…), whether a user can click through it, and why.
/// </summary>
/// <param name="Client">Which client.</param>
/// <param name="ClientName">Display name ("Chrome / Edge", "OpenSSL / curl").</param>
/// <param name="Accepted">True when the client connects without an error.</param>
/// <param name="ErrorCode">The code the client shows; null when accepted.</param>
/// <param name="Message">What the user sees (the error text, or "OK").</param>
/// <param name="Bypassable">Whether the user can click through; false for fatal errors and on HSTS hosts.</param>
/// <param name="Reason">Why, in Certwatch's words ("intermediate 'R11' not sent").</param>
public sealed record ClientVerdict(
    ClientId Client,
    string ClientName,
    bool Accepted,
    string? ErrorCode,
    string Message,
    bool Bypassable,
    string? Reason)
{
    /// <summary>The reason in a few words for the one-line outcome ("completed the chain via AIA from http://…", "intermediate 'R11' not sent").</summary>
    public string? Summary { get; init; }
}
