using Certwatch.Core.Findings;
using Certwatch.Scanning.Http;
using Certwatch.TestKit.RealServers;
using static Certwatch.Scanning.Tests.Http.HttpTestSite;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>The HTTP layer against a real nginx: add_header variants, the port-80 redirect, a loop, a CSP.</summary>
public sealed class NginxHttpSecurityTests
{
    private const string Hsts = "add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains; preload\"";

    [Fact]
    public async Task ScanAsync_HstsAlwaysAndReturn301_IsCorrectAndPreloadable()
    {
        await using var nginx = await NginxServer.StartAsync(Site([Hsts + " always;"], ["return 301 https://$host:{HTTPS_PORT}$request_uri;"]));

        var report = await ScanAsync(nginx.HttpsPort, Options(nginx.HttpPort));

        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.Correct, nginx.ConfigText);
        report.PlainHttp!.First.StatusCode.ShouldBe(301);
        report.Hsts.Policy.MaxAgeSeconds.ShouldBe(31536000); // Chrome caps 63072000 at one year
        report.Preload.Errors.ShouldBeEmpty();
    }

    // nginx sends add_header only with 200, 201, 204, 206, 301, 302, 303, 304, 307 and 308 unless `always` is given
    // (ngx_http_headers_module): a 404 page then carries no HSTS.
    [Theory]
    [InlineData(" always;", true)]
    [InlineData(";", false)]
    public async Task ScanAsync_ErrorPage_CarriesHstsOnlyWithAlways(string suffix, bool expected)
    {
        await using var nginx = await NginxServer.StartAsync(Site([Hsts + suffix, "location = /gone { return 404; }"], []));

        var report = await ScanAsync(nginx.HttpsPort, Options(null) with { Path = "/gone" });

        report.Https.First.StatusCode.ShouldBe(404);
        report.Hsts.Policy.Present.ShouldBe(expected);
        report.Findings.Any(f => f.Id == FindingIds.HttpHstsMissing).ShouldBe(!expected);
    }

    [Fact]
    public async Task ScanAsync_HttpsRedirectingBackToHttp_IsALoop()
    {
        await using var nginx = await NginxServer.StartAsync(Site(
            ["return 301 http://$host:{HTTP_PORT}$request_uri;"], ["return 301 https://$host:{HTTPS_PORT}$request_uri;"]));

        var report = await ScanAsync(nginx.HttpsPort, Options(nginx.HttpPort));

        report.Https.Outcome.ShouldBe(RedirectChainOutcome.Loop);
        report.PlainHttp!.Outcome.ShouldBe(RedirectChainOutcome.Loop);
        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.LaterRedirectInsecure);
        report.Findings.Count(f => f.Id == FindingIds.HttpRedirectLoop).ShouldBe(2);
        report.Preload.Errors.Select(i => i.Code).ShouldContain("redirects.insecure.initial");
    }

    [Fact]
    public async Task ScanAsync_CspAndFramingHeaders_AreScored()
    {
        await using var nginx = await NginxServer.StartAsync(Site(
        [
            "add_header Content-Security-Policy \"default-src 'self'; script-src 'self' 'unsafe-inline'\" always;",
            "add_header X-Frame-Options DENY always;",
            "add_header X-Content-Type-Options nosniff always;",
        ], []));

        var report = await ScanAsync(nginx.HttpsPort, Options(null));

        // CSP unsafe-inline −20, HSTS missing −20: 60, so the X-Frame-Options bonus does not count (C+).
        report.Headers.Tests.Single(t => t.Test == "content-security-policy").Outcome.ShouldBe("csp-implemented-with-unsafe-inline");
        report.Headers.Score.ShouldBe(60);
        report.Headers.Grade.ShouldBe("C+");
        report.Findings.ShouldContain(f => f.Id == FindingIds.HttpCspUnsafeInline && f.Evidence.Contains("script-src 'unsafe-inline': scripts may run inline or from data: URLs, which is what an XSS injects"));
    }

    [Fact]
    public async Task ScanAsync_HstsAddedTwice_FirstCounts()
    {
        await using var nginx = await NginxServer.StartAsync(Site(["add_header Strict-Transport-Security \"max-age=600\" always;", Hsts + " always;"], []));

        var report = await ScanAsync(nginx.HttpsPort, Options(null));

        report.Hsts.HeaderCount.ShouldBe(2);
        report.Hsts.Policy.MaxAgeSeconds.ShouldBe(600);
        report.Findings.Select(f => f.Id).ShouldContain(FindingIds.HttpHstsMultiple);
    }

    private static NginxSiteOptions Site(IReadOnlyList<string> https, IReadOnlyList<string> http) =>
        NginxSiteOptions.For(Chain) with { HttpsDirectives = https, PlainHttp = http.Count > 0, HttpDirectives = http };
}
