using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Http;
using Certwatch.TestKit.Servers.Http;
using static Certwatch.Scanning.Tests.Http.HttpTestSite;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>http://host/ → HTTPS rules (hstspreload redirects.go; Observatory redirection.js), against scripted servers.</summary>
public sealed class HttpsRedirectJudgeTests
{
    [Fact]
    public async Task Judge_WwwFirst_IsOffHostAndPreloadWwwFirst()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(PreloadableHeaders)));
        await using var plain = StartPlain(Root(ScriptedResponse.Redirect(301, HttpsUrl(https.Port, "www." + Host))));
        var resolver = new NameMapResolver(("www." + Host, IPAddress.Loopback));

        var report = await ScanAsync(https.Port, Options(plain.Port, resolver));

        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.FirstRedirectOffHost);
        report.PlainHttp!.Hops.Count.ShouldBe(2); // the other host resolved through the resolver, so it was followed
        https.Requests.ShouldContain(r => r.ServerName == "www." + Host);
        report.Preload.Errors.Select(i => i.Code).ShouldBe(["redirects.http.www_first"]);
        report.Findings.ShouldContain(f => f.Id == FindingIds.HttpRedirectOffHost);
        report.Headers.Tests.Single(t => t.Test == "redirection").Modifier.ShouldBe(-5);
    }

    [Fact]
    public async Task Judge_FirstRedirectToHttp_IsInsecure()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(PreloadableHeaders)));
        ScriptedHttpServer? plain = null;
        await using var server = plain = StartPlain(new Dictionary<string, ScriptedResponse>(),
            r => r.Path == "/" ? ScriptedResponse.Redirect(302, $"http://{Host}:{plain!.Port}/step") : ScriptedResponse.Redirect(301, HttpsUrl(https.Port)));

        var report = await ScanAsync(https.Port, Options(plain.Port));

        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.FirstRedirectInsecure);
        report.Preload.Errors.Select(i => i.Code).ShouldBe(["redirects.http.first_redirect.insecure"]);
        report.Findings.ShouldContain(f => f.Id == FindingIds.HttpRedirectInsecure);
        // Observatory: the chain ends on HTTPS, so only the initial redirect is penalised (−10).
        report.Headers.Tests.Single(t => t.Test == "redirection").Outcome.ShouldBe("redirection-not-to-https-on-initial-redirection");
    }

    [Fact]
    public async Task Judge_BackToHttpLater_IsInsecureSubsequent()
    {
        await using var plain = StartPlain(new Dictionary<string, ScriptedResponse> { ["/b"] = ScriptedResponse.Ok() }, null);
        ScriptedHttpServer? https = null;
        await using var server = https = StartHttps(new Dictionary<string, ScriptedResponse>(),
            r => r.Path == "/" ? ScriptedResponse.Ok(PreloadableHeaders) : ScriptedResponse.Redirect(301, $"http://{Host}:{plain.Port}/b", PreloadableHeaders));
        await using var entry = StartPlain(Root(ScriptedResponse.Redirect(301, HttpsUrl(https.Port) + "a")));

        var report = await ScanAsync(https.Port, Options(entry.Port));

        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.LaterRedirectInsecure);
        report.Preload.Errors.Select(i => i.Code).ShouldContain("redirects.insecure.subsequent");
        report.Headers.Tests.Single(t => t.Test == "redirection").Outcome.ShouldBe("redirection-not-to-https");
    }

    [Fact]
    public async Task Judge_FourRedirects_IsTooManyForPreload()
    {
        ScriptedHttpServer? https = null;
        await using var server = https = StartHttps(new Dictionary<string, ScriptedResponse> { ["/3"] = ScriptedResponse.Ok(PreloadableHeaders) },
            r => ScriptedResponse.Redirect(301, $"/{int.Parse(r.Path.TrimStart('/').PadLeft(1, '0'), System.Globalization.CultureInfo.InvariantCulture) + 1}", PreloadableHeaders));
        await using var plain = StartPlain(Root(ScriptedResponse.Redirect(301, HttpsUrl(https.Port) + "0")));

        var report = await ScanAsync(https.Port, Options(plain.Port));

        report.PlainHttp!.RedirectTargets.Count.ShouldBe(4); // /0, /1, /2, /3
        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.TooManyRedirects);
        report.Preload.Errors.Select(i => i.Code).ShouldBe(["redirects.too_many"]);
        report.Findings.ShouldContain(f => f.Id == FindingIds.HttpRedirectTooMany);
    }

    [Fact]
    public async Task Judge_ThreeRedirects_IsStillCorrect()
    {
        ScriptedHttpServer? https = null;
        await using var server = https = StartHttps(new Dictionary<string, ScriptedResponse> { ["/2"] = ScriptedResponse.Ok(PreloadableHeaders), ["/"] = ScriptedResponse.Ok(PreloadableHeaders) },
            r => ScriptedResponse.Redirect(301, r.Path == "/0" ? "/1" : "/2", PreloadableHeaders));
        await using var plain = StartPlain(Root(ScriptedResponse.Redirect(301, HttpsUrl(https.Port) + "0")));

        var report = await ScanAsync(https.Port, Options(plain.Port));

        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.Correct);
        report.Preload.Eligible.ShouldBeTrue();
    }

    [Fact]
    public async Task Judge_FirstHttpsHopWithoutHsts_IsFirstRedirectNoHsts()
    {
        await using var https = StartHttps(new Dictionary<string, ScriptedResponse>
        {
            ["/"] = ScriptedResponse.Ok(PreloadableHeaders),
            ["/landing"] = ScriptedResponse.Ok(),
        });
        await using var plain = StartPlain(Root(ScriptedResponse.Redirect(301, HttpsUrl(https.Port) + "landing")));

        var report = await ScanAsync(https.Port, Options(plain.Port));

        report.Redirect.Status.ShouldBe(HttpsRedirectStatus.Correct);
        report.Preload.Errors.Select(i => i.Code).ShouldBe(["redirects.http.first_redirect.no_hsts"]);
    }
}
