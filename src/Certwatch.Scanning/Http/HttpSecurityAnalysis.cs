using System.Net;

namespace Certwatch.Scanning.Http;

/// <summary>Turns recorded chains into the report: pure, so each rule is testable without a network.</summary>
internal static class HttpSecurityAnalysis
{
    public static HttpSecurityReport Analyze(string host, IPAddress address, bool ipLiteral, RedirectChain https, RedirectChain? http,
        WwwCheck www, PublicSuffixList suffixes, HttpSecurityOptions options)
    {
        var hsts = ObserveHsts(https, http);
        var redirect = http is null ? HttpsRedirectVerdict.NotChecked : HttpsRedirectJudge.Judge(http);
        var preload = PreloadChecker.Check(host, https, http, www, suffixes);
        var (score, csp, cookies) = HeaderScorer.Score(https, http, redirect, hsts.Policy, options);
        var findings = HttpSecurityFindings.For(new HttpFindingInput(https, http, hsts, redirect, preload, score, csp, cookies, ipLiteral, address.ToString()));
        return new HttpSecurityReport(host, address.ToString(), https, http, hsts, redirect, preload, www, score, cookies, findings);
    }

    /// <summary>RFC 6797 §8.1: only the first header of a response over secure transport counts; one over plain HTTP is ignored.</summary>
    private static HstsObservation ObserveHsts(RedirectChain https, RedirectChain? http)
    {
        var first = https.First;
        var values = first.Answered && first.IsHttps ? first.HeaderValues(JudgedHeaders.StrictTransportSecurity) : [];
        var overHttp = http is { First.Answered: true } ? http.First.Header(JudgedHeaders.StrictTransportSecurity) : null;
        return new HstsObservation(StrictTransportSecurityParser.Parse(values.Count > 0 ? values[0] : null), values.Count,
            first.Answered ? first.Url : null, overHttp);
    }
}
