namespace Certwatch.Core.Findings;

/// <summary>Finding ids of the HTTP security layer (redirects, preload, security headers).</summary>
public static partial class FindingIds
{
    public const string HttpHstsMissing = "http.hsts.missing";
    public const string HttpHstsMultiple = "http.hsts.multiple";
    public const string HttpHstsOverHttp = "http.hsts.over-http";
    public const string HttpProbeFailed = "http.probe.failed";
    public const string HttpRedirectMissing = "http.redirect.missing";
    public const string HttpRedirectInsecure = "http.redirect.insecure";
    public const string HttpRedirectOffHost = "http.redirect.off-host";
    public const string HttpRedirectTooMany = "http.redirect.too-many";
    public const string HttpRedirectLoop = "http.redirect.loop";
    public const string HttpPreloadEligible = "http.preload.eligible";
    public const string HttpPreloadNotEligible = "http.preload.not-eligible";
    public const string HttpCspMissing = "http.csp.missing";
    public const string HttpCspInvalid = "http.csp.invalid";
    public const string HttpCspUnsafeInline = "http.csp.unsafe-inline";
    public const string HttpCspUnsafeEval = "http.csp.unsafe-eval";
    public const string HttpCspBroadSource = "http.csp.broad-source";
    public const string HttpCspInsecureSource = "http.csp.insecure-source";
    public const string HttpHeadersFrameOptions = "http.headers.frame-options";
    public const string HttpHeadersNoSniff = "http.headers.nosniff";
    public const string HttpHeadersReferrerPolicy = "http.headers.referrer-policy";
    public const string HttpHeadersCrossOriginInvalid = "http.headers.cross-origin-invalid";
    public const string HttpHeadersGrade = "http.headers.grade";
    public const string HttpCookiesInsecure = "http.cookies.insecure";
    public const string HttpCookiesSameSite = "http.cookies.samesite";
    public const string HttpCookiesPrefix = "http.cookies.prefix";
    public const string HttpCorsCredentials = "http.cors.credentials";

    private static IReadOnlyList<string> HttpIds =>
    [
        HttpHstsMissing, HttpHstsMultiple, HttpHstsOverHttp, HttpProbeFailed, HttpRedirectMissing, HttpRedirectInsecure,
        HttpRedirectOffHost, HttpRedirectTooMany, HttpRedirectLoop, HttpPreloadEligible, HttpPreloadNotEligible,
        HttpCspMissing, HttpCspInvalid, HttpCspUnsafeInline, HttpCspUnsafeEval, HttpCspBroadSource, HttpCspInsecureSource,
        HttpHeadersFrameOptions, HttpHeadersNoSniff, HttpHeadersReferrerPolicy, HttpHeadersCrossOriginInvalid, HttpHeadersGrade,
        HttpCookiesInsecure, HttpCookiesSameSite, HttpCookiesPrefix, HttpCorsCredentials,
    ];
}
