using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Http;
using Certwatch.TestKit.Servers;
using Certwatch.TestKit.Servers.Http;
using static Certwatch.Scanning.Tests.Http.HttpTestSite;

namespace Certwatch.Scanning.Tests.Http;

public sealed class HttpSecurityScannerTests
{
    private static readonly (string, string)[] AllGoodHeaders =
    [
        .. PreloadableHeaders,
        ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; form-action 'self'"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Set-Cookie", "__Host-session=1; Secure; HttpOnly; SameSite=Lax; Path=/"),
    ];

    [Fact]
    public async Task ScanAsync_WellConfiguredSite_IsCorrectPreloadableAndGradedAPlus()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(AllGoodHeaders)));
        await using var plainToHttps = StartPlain(Root(ScriptedResponse.Redirect(301, HttpsUrl(https.Port))));
        var resolver = new NameMapResolver(("www." + Host, IPAddress.Loopback));

        var report = await ScanAsync(https.Port, Options(plainToHttps.Port, resolver));

        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.Correct);
        report.Hsts.Policy.Valid.ShouldBeTrue();
        report.Www.Status.ShouldBe(WwwCheckStatus.TlsWorks);
        report.Preload.Issues.ShouldBeEmpty();
        report.Preload.Eligible.ShouldBeTrue();
        report.Headers.Grade.ShouldBe("A+");
        report.Headers.Score.ShouldBe(125); // 100 + CSP default-src 'none' 10 + cookies 5 + referrer 5 + framing via CSP 5
        report.Findings.Select(f => f.Id).ShouldBe([FindingIds.HttpHstsPresent, FindingIds.HttpPreloadEligible, FindingIds.HttpHeadersGrade], ignoreOrder: true);
    }

    [Fact]
    public async Task ScanAsync_EveryHop_SendsHostHeaderAndSniOfTheName()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok()));

        await ScanAsync(https.Port, Options(null));

        var request = https.Requests.ShouldHaveSingleItem();
        request.Host.ShouldBe($"{Host}:{https.Port}");
        request.ServerName.ShouldBe(Host);
        request.Method.ShouldBe("GET");
    }

    [Fact]
    public async Task ScanAsync_BareSite_MissesEveryHeaderAndGetsD()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok()));

        var report = await ScanAsync(https.Port, Options(null));

        // CSP −25, X-Frame-Options −20, X-Content-Type-Options −5, HSTS −20: 30 → D (Observatory charts.js).
        report.Headers.Score.ShouldBe(30);
        report.Headers.Grade.ShouldBe("D");
        report.Findings.Select(f => f.Id).ShouldBe(
            [FindingIds.HttpHstsMissing, FindingIds.HttpPreloadNotEligible, FindingIds.HttpCspMissing, FindingIds.HttpHeadersFrameOptions,
             FindingIds.HttpHeadersNoSniff, FindingIds.HttpHeadersGrade], ignoreOrder: true);
        report.Preload.Errors.Select(i => i.Code).ShouldContain("response.no_header");
    }

    [Fact]
    public async Task ScanAsync_TwoHstsHeaders_FirstCountsAndBothAreReported()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(("Strict-Transport-Security", "max-age=300"), ("Strict-Transport-Security", "max-age=31536000; includeSubDomains; preload"))));

        var report = await ScanAsync(https.Port, Options(null));

        report.Hsts.HeaderCount.ShouldBe(2);
        report.Hsts.Policy.MaxAgeSeconds.ShouldBe(300); // RFC 6797 §8.1: only the first header is processed
        report.Findings.ShouldContain(f => f.Id == FindingIds.HttpHstsMultiple && f.Evidence[0] == "#1 (used): Strict-Transport-Security: max-age=300");
        report.Findings.ShouldContain(f => f.Id == FindingIds.HttpHstsTooShort);
        report.Preload.Errors.Select(i => i.Code).ShouldContain("response.multiple_headers");
    }

    [Fact]
    public async Task ScanAsync_HstsOnlyOverPlainHttp_IsIgnoredAndReportedUseless()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok()));
        await using var plain = StartPlain(Root(ScriptedResponse.Ok(PreloadableHeaders)));

        var report = await ScanAsync(https.Port, Options(plain.Port));

        report.Hsts.Policy.Present.ShouldBeFalse(); // RFC 6797 §8.1: ignored over non-secure transport
        report.Hsts.OverPlainHttp.ShouldBe("max-age=63072000; includeSubDomains; preload");
        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.NoRedirect);
        report.Findings.Select(f => f.Id).ShouldContain(FindingIds.HttpHstsOverHttp);
        report.Findings.Select(f => f.Id).ShouldContain(FindingIds.HttpRedirectMissing);
        report.Preload.Issues.Select(i => i.Code).ShouldContain("redirects.http.useless_header");
        report.Preload.Issues.Select(i => i.Code).ShouldContain("redirects.http.no_redirect");
        report.Headers.Tests.Single(t => t.Test == "redirection").Outcome.ShouldBe("redirection-missing");
    }

    [Fact]
    public async Task ScanAsync_NothingOnPlainHttp_IsAllowedWithAWarning()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(PreloadableHeaders)));

        var report = await ScanAsync(https.Port, Options(FreeLoopbackPort.Find()));

        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.NoPlainHttp);
        report.Preload.Warnings.Select(i => i.Code).ShouldBe(["redirects.http.does_not_exist"]);
        report.Preload.Eligible.ShouldBeTrue();
        report.Headers.Tests.Single(t => t.Test == "redirection").Modifier.ShouldBe(0);
        report.Findings.ShouldNotContain(f => f.Id == FindingIds.HttpProbeFailed);
    }

    [Fact]
    public async Task ScanAsync_UntrustedCertificate_FailsPreloadAndObservatoryHsts()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(PreloadableHeaders)));
        var options = Options(null) with { TrustAnchors = [] };

        var report = await ScanAsync(https.Port, options);

        report.Https.First.Tls!.CertificateTrusted.ShouldBeFalse();
        report.Preload.Errors.Select(i => i.Code).ShouldContain("domain.tls.invalid_cert_chain");
        report.Headers.Tests.Single(t => t.Test == "strict-transport-security").Outcome.ShouldBe("hsts-invalid-cert");
    }

    [Fact]
    public async Task ScanAsync_Subdomain_IsNotPreloadable()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(PreloadableHeaders)));

        var report = await ScanAsync(https.Port, Options(null), host: "www." + Host);

        report.Preload.Errors.Select(i => i.Code).ShouldBe(["domain.is_subdomain"]);
    }

    [Fact]
    public async Task ScanAsync_WwwAcceptsTcpButTlsFails_IsDomainWwwNoTls()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(PreloadableHeaders)));
        // www.example.test resolves to 127.0.0.2, where the HTTPS port answers plain HTTP: TCP works, TLS fails.
        await using var www = ScriptedHttpServer.Start(new ScriptedHttpServerOptions { Address = IPAddress.Parse("127.0.0.2"), Port = https.Port });
        var resolver = new NameMapResolver(("www." + Host, IPAddress.Parse("127.0.0.2")));

        var report = await ScanAsync(https.Port, Options(null, resolver));

        report.Www.Status.ShouldBe(WwwCheckStatus.TlsFails);
        report.Preload.Errors.Select(i => i.Code).ShouldBe(["domain.www.no_tls"]);
    }

    [Fact]
    public async Task ScanAsync_WwwDoesNotResolve_IsNotRequired()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(PreloadableHeaders)));
        var resolver = new NameMapResolver();

        var report = await ScanAsync(https.Port, Options(null, resolver));

        report.Www.Status.ShouldBe(WwwCheckStatus.NotResolved);
        resolver.Asked.ShouldBe(["www." + Host]);
        report.Preload.Eligible.ShouldBeTrue();
    }

    [Fact]
    public async Task ScanAsync_ReplacedPublicSuffixList_IsUsedForTheDomainRules()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(PreloadableHeaders)));
        var list = PublicSuffixList.Parse("// ===BEGIN PRIVATE DOMAINS===\nexample.test\n", "newer list");

        var report = await ScanAsync(https.Port, Options(null) with { PublicSuffixList = list });

        var issue = report.Preload.Errors.ShouldHaveSingleItem();
        issue.Code.ShouldBe("domain.format.public_suffix");
        issue.Message.ShouldContain("newer list");
    }

    [Fact]
    public async Task ScanAsync_EveryHop_RecordsUrlStatusLocationAndTiming()
    {
        await using var https = StartHttps(new Dictionary<string, ScriptedResponse>
        {
            ["/"] = ScriptedResponse.Redirect(308, "/home", PreloadableHeaders),
            ["/home"] = ScriptedResponse.Ok(),
        });

        var report = await ScanAsync(https.Port, Options(null));

        report.Https.Hops.Select(h => (h.Url, h.StatusCode, h.Location)).ShouldBe(
            [(HttpsUrl(https.Port), 308, "/home"), (HttpsUrl(https.Port) + "home", 200, null)]);
        report.Https.Hops.ShouldAllBe(h => h.Duration > TimeSpan.Zero && h.Duration < TimeSpan.FromSeconds(5));
        report.Hsts.SeenOnUrl.ShouldBe(HttpsUrl(https.Port)); // HSTS is read from the first HTTPS response, the redirect itself
        report.Hsts.Policy.Valid.ShouldBeTrue();
        report.Headers.JudgedUrl.ShouldBe(HttpsUrl(https.Port) + "home"); // headers are scored on the final page
    }
}
