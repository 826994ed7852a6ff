namespace Certwatch.Scanning.Http;

/// <summary>Runs every Observatory row on the recorded hops and grades them.</summary>
internal static class HeaderScorer
{
    public static (HeaderScore Score, CspEvaluation Csp, IReadOnlyList<SetCookie> Cookies) Score(
        RedirectChain https, RedirectChain? http, HttpsRedirectVerdict redirect, HstsPolicy hsts, HttpSecurityOptions options)
    {
        // Observatory judges the page the HTTPS request ends on; HSTS on the first HTTPS response of the host.
        var final = https.FinalResponse;
        var headers = final ?? https.First;
        var csp = CspAnalyzer.Evaluate(headers.HeaderValues(JudgedHeaders.ContentSecurityPolicy),
            headers.HeaderValues(JudgedHeaders.ContentSecurityPolicyReportOnly), https: headers.IsHttps);
        var hstsRow = TransportTests.Hsts(https.First, hsts);
        // Observatory judges every cookie its session stored while following the redirects, not only the last page's.
        var cookies = https.Hops.SelectMany(h => h.HeaderValues(JudgedHeaders.SetCookie)).Select(SetCookie.Parse).ToList();
        HeaderTestResult[] tests =
        [
            csp.Result,
            CookieTest.Evaluate(cookies, hstsProtects: hstsRow.Modifier == 0),
            TransportTests.Cors(final, options.ProbeOrigin),
            TransportTests.Redirection(redirect, http),
            PolicyHeaderTests.ReferrerPolicy(headers.HeaderValues(JudgedHeaders.ReferrerPolicy)),
            hstsRow,
            PolicyHeaderTests.ContentTypeOptions(headers.Header(JudgedHeaders.XContentTypeOptions)),
            FrameOptionsTest.Evaluate(headers.Header(JudgedHeaders.XFrameOptions), csp.Policy),
            PolicyHeaderTests.ResourcePolicy(headers.Header(JudgedHeaders.CrossOriginResourcePolicy)),
            PolicyHeaderTests.EmbedderPolicy(headers.Header(JudgedHeaders.CrossOriginEmbedderPolicy)),
            PolicyHeaderTests.OpenerPolicy(headers.Header(JudgedHeaders.CrossOriginOpenerPolicy)),
            PolicyHeaderTests.PermissionsPolicy(headers.Header(JudgedHeaders.PermissionsPolicy)),
        ];
        return (ObservatoryGrader.Grade(tests, headers.Answered ? headers.Url : null), csp, cookies);
    }
}
