using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Http;

/// <summary>
/// Everything the HTTP security layer found for one target address. Plain records, so the JSON output can
/// serialize it as is.
/// </summary>
/// <param name="Host">The host name requested (Host header and SNI).</param>
/// <param name="Address">The address probed.</param>
/// <param name="Https">The chain from https://host/.</param>
/// <param name="PlainHttp">The chain from http://host/ on the plain-HTTP port; null when not checked.</param>
/// <param name="Hsts">HSTS as browsers record it.</param>
/// <param name="Redirect">The HTTP→HTTPS redirect verdict.</param>
/// <param name="Preload">hstspreload.org eligibility, each failed check with its hstspreload code.</param>
/// <param name="Www">The www subdomain check used for preload eligibility.</param>
/// <param name="Headers">The Observatory header score, every row explained.</param>
/// <param name="Cookies">The cookies set by the judged response.</param>
/// <param name="Findings">Findings with fixes (http.*).</param>
public sealed record HttpSecurityReport(
    string Host,
    string Address,
    RedirectChain Https,
    RedirectChain? PlainHttp,
    HstsObservation Hsts,
    HttpsRedirectVerdict Redirect,
    PreloadEligibility Preload,
    WwwCheck Www,
    HeaderScore Headers,
    IReadOnlyList<SetCookie> Cookies,
    IReadOnlyList<Finding> Findings);
