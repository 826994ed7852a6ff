using Certwatch.Cli.Reporting;
using Certwatch.Scanning.Http;

namespace Certwatch.Cli.Tests.Scan.Http;

/// <summary>HTTP layer reports built by hand for the renderers: a site that gets HSTS and the redirect wrong.</summary>
internal static class ScanHttpSamples
{
    public const string PlainUrl = "http://bare.example/";
    public const string HttpsUrl = "https://bare.example/";

    /// <summary><see cref="ScanSamples.Strong"/> with this HTTP layer on its address.</summary>
    public static ScanTargetResult StrongWith(HttpSecurityReport http)
    {
        var report = ScanSamples.Strong().Report!;
        return ScanTargetResult.Scanned(report with { Addresses = [report.Addresses[0] with { Http = http }] });
    }

    /// <summary>Plain HTTP answers 200 without redirecting; HTTPS answers with <paramref name="hstsHeader"/> (null: none).</summary>
    public static HttpSecurityReport Bare(string? hstsHeader, bool httpsAnswers = true)
    {
        var plain = new RedirectChain(PlainUrl, [Hop(PlainUrl, 200)], RedirectChainOutcome.Completed, $"{PlainUrl} answered 200");
        var httpsHop = httpsAnswers
            ? Hop(HttpsUrl, 200, hstsHeader is null ? [] : [new HttpHeaderField("Strict-Transport-Security", hstsHeader)])
            : new HttpHop(HttpsUrl, "127.0.0.1", null, null, null, [], TimeSpan.FromMilliseconds(5), HttpHopError.TlsFailed, "TLS handshake failed: handshake_failure alert", null);
        var https = new RedirectChain(HttpsUrl, [httpsHop], httpsAnswers ? RedirectChainOutcome.Completed : RedirectChainOutcome.HopFailed,
            httpsAnswers ? $"{HttpsUrl} answered 200" : $"{HttpsUrl}: TLS handshake failed: handshake_failure alert");
        var hsts = new HstsObservation(StrictTransportSecurityParser.Parse(hstsHeader), hstsHeader is null ? 0 : 1, httpsAnswers ? HttpsUrl : null, null);
        var redirect = new HttpsRedirectVerdict(HttpsRedirectStatus.NoRedirect, PlainUrl, [], $"{PlainUrl} answers 200 over plain HTTP without redirecting to HTTPS");
        var preload = new PreloadEligibility("bare.example",
        [
            PreloadIssue.Error("header.preloadable.max_age.missing", "the header has no valid max-age"),
            PreloadIssue.Error("redirects.http.no_redirect", $"{PlainUrl} does not redirect to HTTPS"),
            PreloadIssue.Warning("redirects.http.useless_header", "the plain-HTTP response sends Strict-Transport-Security"),
        ]);
        HeaderTestResult[] tests =
        [
            new("content-security-policy", "csp-not-implemented", -25, "no Content-Security-Policy header: nothing limits where scripts load from", null),
            new("redirection", "redirection-missing", -20, redirect.Message, PlainUrl),
            new("strict-transport-security", "hsts-header-invalid", -20, "browsers ignore the header: max-age '1y' is not a number of seconds", hstsHeader),
        ];
        var headers = new HeaderScore(35, "D", false, tests, httpsAnswers ? HttpsUrl : null);
        var www = new WwwCheck("www.bare.example", WwwCheckStatus.NotResolved, "cannot resolve 'www.bare.example': no such host");
        return new HttpSecurityReport("bare.example", "127.0.0.1", https, plain, hsts, redirect, preload, www, headers, [SetCookie.Parse("id=1; Path=/")], []);
    }

    private static HttpHop Hop(string url, int status, IReadOnlyList<HttpHeaderField>? headers = null) =>
        new(url, "127.0.0.1", status, null, null, headers ?? [], TimeSpan.FromMilliseconds(3), HttpHopError.None, null,
            url.StartsWith("https:", StringComparison.Ordinal) ? new HttpTlsFacts("Tls13", "TLS_AES_128_GCM_SHA256", true, null, false) : null);
}
