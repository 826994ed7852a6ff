namespace Certwatch.Scanning.Http;

/// <summary>What the finding builders read: the analysed parts of one report.</summary>
internal sealed record HttpFindingInput(
    RedirectChain Https,
    RedirectChain? Http,
    HstsObservation Hsts,
    HttpsRedirectVerdict Redirect,
    PreloadEligibility Preload,
    HeaderScore Score,
    CspEvaluation Csp,
    IReadOnlyList<SetCookie> Cookies,
    bool IpLiteral,
    string Address)
{
    public HeaderTestResult Row(string test) => Score.Tests.First(t => t.Test == test);
}
