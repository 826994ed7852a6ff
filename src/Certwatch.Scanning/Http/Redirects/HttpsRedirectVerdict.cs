namespace Certwatch.Scanning.Http;

/// <summary>The HTTP→HTTPS redirect verdict, with the chain that proves it.</summary>
/// <param name="Status">The verdict.</param>
/// <param name="StartUrl">http://host/ as requested; null when not checked.</param>
/// <param name="Redirects">The redirect targets in order.</param>
/// <param name="Message">One line naming the offending URL.</param>
public sealed record HttpsRedirectVerdict(HttpsRedirectStatus Status, string? StartUrl, IReadOnlyList<string> Redirects, string Message)
{
    public static HttpsRedirectVerdict NotChecked { get; } = new(HttpsRedirectStatus.NotChecked, null, [], "the plain-HTTP port was not checked");
}
