using System.Text.Json;
using System.Text.RegularExpressions;
using Certwatch.Cli.Tests.Fixtures;

namespace Certwatch.Cli.Tests.Scan.Http;

/// <summary>What a user sees of the HTTP layer in <c>certwatch scan</c>: the HTTP section, the summary line, the JSON <c>http</c> object.</summary>
public sealed partial class ScanHttpOutputTests(ScanHttpSiteFixture site) : IClassFixture<ScanHttpSiteFixture>
{
    private const string Host = ScanHttpSiteFixture.Host;

    private string PlainUrl => $"http://{Host}:{site.Plain.Port}/";

    [Fact]
    public void Human_SummaryLine_ShowsHeaderGradeBesideTlsGrade()
    {
        var first = site.Human.Out.Split('\n')[0];

        site.Human.LeaksException.ShouldBeFalse();
        // The TLS grade is the TLS layer's business; the header grade follows it on the same line.
        first.ShouldStartWith($"WARNING   {Host}:{site.Https.Port}  grade ");
        first.ShouldMatch(@"  grade (A\+|A|A-|B|C) · headers B  ");
    }

    [Fact]
    public void Human_HttpSection_ShowsHstsRedirectHopsPreloadAndGrade()
    {
        var lines = HttpSection(site.Human.Out);

        lines.ShouldContain($"HSTS      \"{ScanHttpSiteFixture.Hsts}\"  max-age 730 days, includeSubDomains, preload");
        lines.ShouldContain("max-age 63072000 s is more than one year; Chrome stores 31536000 s (365 days)");
        lines.ShouldContain($"Redirect  redirects to HTTPS: {PlainUrl} redirects to {site.HttpsUrl}");
        lines.ShouldContain($"{PlainUrl} → 301 {site.HttpsUrl}");
        lines.ShouldContain($"HTTPS     {site.HttpsUrl} → 200");
        lines.ShouldContain($"Preload   eligible for hstspreload.org ({Host})");
        lines.ShouldContain("Headers   B (75/100)");
        lines.ShouldContain("bonuses not counted: the score without them is below 90");
        lines.ShouldContain("sessionid: Secure, HttpOnly, SameSite=Lax");
    }

    [Theory]
    [InlineData("content-security-policy", "-25", "csp-not-implemented: no Content-Security-Policy header: nothing limits where scripts load from")]
    [InlineData("strict-transport-security", "0", "hsts-implemented-max-age-at-least-six-months: max-age 63072000 s is at least six months")]
    [InlineData("x-frame-options", "+5", "x-frame-options-sameorigin-or-deny: DENY: other sites cannot frame the page")]
    [InlineData("referrer-policy", "+5", "referrer-policy-private: no-referrer: no full URL leaks to other sites")]
    public void Human_HeaderRows_EachTestWithModifierAndReason(string test, string modifier, string reason)
    {
        var rows = HttpSection(site.Human.Out).Select(l => Columns().Split(l)).Where(c => c.Length == 3).ToList();

        rows.ShouldContain(r => r[0] == test && r[1] == modifier && r[2] == reason, string.Join("\n", HttpSection(site.Human.Out)));
    }

    [Fact]
    public void Json_HttpObject_HstsRedirectHopsAndHeaderTests()
    {
        var http = Http(site.Json);

        site.Json.ExitCode.ShouldBeLessThan(3, site.Json.Error);
        var hsts = http.GetProperty("hsts");
        hsts.GetProperty("valid").GetBoolean().ShouldBeTrue();
        hsts.GetProperty("maxAge").GetInt64().ShouldBe(31_536_000);
        hsts.GetProperty("declaredMaxAge").GetInt64().ShouldBe(63_072_000);
        hsts.GetProperty("includeSubDomains").GetBoolean().ShouldBeTrue();
        hsts.GetProperty("header").GetString().ShouldBe(ScanHttpSiteFixture.Hsts);
        var redirect = http.GetProperty("redirect");
        redirect.GetProperty("status").GetString().ShouldBe("correct");
        var hop = redirect.GetProperty("hops")[0];
        (hop.GetProperty("url").GetString(), hop.GetProperty("status").GetInt32(), hop.GetProperty("location").GetString()).ShouldBe((PlainUrl, 301, site.HttpsUrl));
        http.GetProperty("https").GetProperty("status").GetString().ShouldBe("completed");
        var headers = http.GetProperty("headers");
        (headers.GetProperty("grade").GetString(), headers.GetProperty("score").GetInt32()).ShouldBe(("B", 75));
        var csp = headers.GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "content-security-policy");
        (csp.GetProperty("pass").GetBoolean(), csp.GetProperty("modifier").GetInt32(), csp.GetProperty("result").GetString()).ShouldBe((false, -25, "csp-not-implemented"));
        http.GetProperty("cookies")[0].GetProperty("name").GetString().ShouldBe("sessionid");
    }

    [Fact]
    public void Json_WithPsl_PreloadJudgedAgainstThatList()
    {
        var preload = Http(site.Json).GetProperty("preload");

        preload.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        var error = preload.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("code").GetString().ShouldBe("domain.format.public_suffix");
        error.GetProperty("message").GetString().ShouldBe($"'{Host}' is a public suffix ({site.PslFile}); only a registrable domain can be preloaded");
    }

    [Fact]
    public void Json_HttpPortZero_RedirectNotCheckedWithoutHops()
    {
        var redirect = Http(site.NoPlainPortJson).GetProperty("redirect");

        redirect.GetProperty("status").GetString().ShouldBe("notChecked");
        redirect.GetProperty("hops").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void HttpPort_RedirectCheck_AsksThatPlainServerOncePerRunWithTheLayer()
    {
        // Two of the fixture's runs point --http-port at the plain server; --no-http and --http-port 0 never ask it.
        site.Plain.Requests.Count.ShouldBe(2);
        site.Plain.Requests.ShouldAllBe(r => r.Host == $"{Host}:{site.Plain.Port}" && r.Path == "/");
    }

    [Fact]
    public void NoHttp_NoHttpSectionNoHeaderGradeAndJsonHttpNull()
    {
        site.NoHttpHuman.ExitCode.ShouldBeLessThan(3, site.NoHttpHuman.Error);
        site.NoHttpHuman.Out.Split('\n')[0].ShouldNotContain("headers");
        site.NoHttpHuman.Out.Split('\n').ShouldNotContain(l => l.Trim() == "HTTP" || l.TrimStart().StartsWith("HSTS ", StringComparison.Ordinal));
        JsonDocument.Parse(site.NoHttpJson.Out).RootElement.GetProperty("targets")[0].GetProperty("addresses")[0].GetProperty("http").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Json_EveryRun_ConformsToThePublishedScanSchema()
    {
        foreach (var run in new[] { site.Json, site.NoHttpJson, site.NoPlainPortJson })
        {
            ScanSchema.Load().Check(JsonDocument.Parse(run.Out).RootElement).ShouldBeEmpty();
        }
    }

    private static JsonElement Http(CliRun run) =>
        JsonDocument.Parse(run.Out).RootElement.GetProperty("targets")[0].GetProperty("addresses")[0].GetProperty("http");

    /// <summary>The trimmed lines from the "HTTP" heading up to the findings.</summary>
    private static List<string> HttpSection(string output) =>
        [.. output.Split('\n').Select(l => l.Trim()).SkipWhile(l => l != "HTTP").TakeWhile(l => l != "Findings")];

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Columns();
}
