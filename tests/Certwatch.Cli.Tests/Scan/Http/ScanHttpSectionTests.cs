using System.Text.Json;
using Certwatch.Cli.Rendering;
using Certwatch.Cli.Reporting;

namespace Certwatch.Cli.Tests.Scan.Http;

/// <summary>The HTTP section and the <c>http</c> JSON object for a site that gets HSTS and the redirect wrong.</summary>
public sealed class ScanHttpSectionTests
{
    private static List<string> Human(ScanTargetResult result)
    {
        var output = new StringWriter();
        new ScanHumanRenderer(TerminalProfile.Plain).Render(ScanSamples.Run(result), output);
        return [.. output.ToString().ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim())];
    }

    private static JsonElement Json(ScanTargetResult result)
    {
        var output = new StringWriter();
        new ScanJsonRenderer("9.9.9").Render(ScanSamples.Run(result), output);
        return JsonDocument.Parse(output.ToString()).RootElement;
    }

    private static JsonElement Http(JsonElement document) => document.GetProperty("targets")[0].GetProperty("addresses")[0].GetProperty("http");

    [Theory]
    [InlineData("max-age=1y", "HSTS      invalid: max-age '1y' is not a number of seconds (\"max-age=1y\")")]
    [InlineData(null, "HSTS      missing (no Strict-Transport-Security header)")]
    [InlineData("max-age=0", "HSTS      \"max-age=0\"  max-age 0 s, no includeSubDomains, no preload — max-age=0 deletes the HSTS entry")]
    [InlineData("max-age=15768000", "HSTS      \"max-age=15768000\"  max-age 182.5 days, no includeSubDomains, no preload")]
    public void Render_Hsts_AsBrowsersRecordIt(string? header, string expected)
    {
        Human(ScanHttpSamples.StrongWith(ScanHttpSamples.Bare(header))).ShouldContain(expected);
    }

    [Fact]
    public void Render_NoRedirect_VerdictThenTheHop()
    {
        var lines = Human(ScanHttpSamples.StrongWith(ScanHttpSamples.Bare(null)));
        var verdict = lines.IndexOf($"Redirect  NO REDIRECT: {ScanHttpSamples.PlainUrl} answers 200 over plain HTTP without redirecting to HTTPS");

        verdict.ShouldBeGreaterThan(0);
        lines[verdict + 1].ShouldBe($"{ScanHttpSamples.PlainUrl} → 200");
    }

    [Fact]
    public void Render_PreloadNotEligible_EachErrorCodeWithItsMessageThenWarnings()
    {
        var lines = Human(ScanHttpSamples.StrongWith(ScanHttpSamples.Bare(null)));
        var start = lines.IndexOf("Preload   not eligible for hstspreload.org (bare.example)");

        start.ShouldBeGreaterThan(0);
        lines.Skip(start + 1).Take(4).ShouldBe(
        [
            "header.preloadable.max_age.missing: the header has no valid max-age",
            $"redirects.http.no_redirect: {ScanHttpSamples.PlainUrl} does not redirect to HTTPS",
            "warning redirects.http.useless_header: the plain-HTTP response sends Strict-Transport-Security",
            "cannot resolve 'www.bare.example': no such host",
        ]);
    }

    [Fact]
    public void Render_HeaderGrade_ScoreThenEveryRowAndTheSummaryNamesIt()
    {
        var lines = Human(ScanHttpSamples.StrongWith(ScanHttpSamples.Bare("max-age=1y")));

        lines[0].ShouldBe("OK        strong.example:443  grade A+ · headers D");
        lines.ShouldContain("Headers   D (35/100)");
        lines.ShouldContain("strict-transport-security  -20  hsts-header-invalid: browsers ignore the header: max-age '1y' is not a number of seconds");
        lines.ShouldContain("id: not Secure, not HttpOnly, no SameSite");
    }

    [Fact]
    public void Render_HttpsDidNotAnswer_NoHeaderGradeAnywhere()
    {
        var lines = Human(ScanHttpSamples.StrongWith(ScanHttpSamples.Bare(null, httpsAnswers: false)));

        lines[0].ShouldBe("OK        strong.example:443  grade A+");
        lines.ShouldContain("HSTS      unknown: HTTPS did not answer");
        lines.ShouldContain($"HTTPS     {ScanHttpSamples.HttpsUrl}: TLS handshake failed: handshake_failure alert");
        lines.ShouldNotContain($"{ScanHttpSamples.HttpsUrl} → TLS handshake failed: handshake_failure alert");
        lines.ShouldContain("Headers   not graded: no HTTPS response");
    }

    [Fact]
    public void Json_InvalidHsts_ProblemSaysWhyAndPreloadListsCodes()
    {
        var http = Http(Json(ScanHttpSamples.StrongWith(ScanHttpSamples.Bare("max-age=1y"))));

        var hsts = http.GetProperty("hsts");
        (hsts.GetProperty("present").GetBoolean(), hsts.GetProperty("valid").GetBoolean()).ShouldBe((true, false));
        hsts.GetProperty("maxAge").ValueKind.ShouldBe(JsonValueKind.Null);
        hsts.GetProperty("problem").GetString().ShouldBe("max-age '1y' is not a number of seconds");
        http.GetProperty("redirect").GetProperty("status").GetString().ShouldBe("noRedirect");
        http.GetProperty("preload").GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
            .ShouldBe(["header.preloadable.max_age.missing", "redirects.http.no_redirect"]);
        http.GetProperty("preload").GetProperty("warnings")[0].GetProperty("code").GetString().ShouldBe("redirects.http.useless_header");
        http.GetProperty("cookies")[0].GetProperty("secure").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Json_HttpsDidNotAnswer_GradeAndScoreNullHopCarriesTheError()
    {
        var http = Http(Json(ScanHttpSamples.StrongWith(ScanHttpSamples.Bare(null, httpsAnswers: false))));

        http.GetProperty("headers").GetProperty("grade").ValueKind.ShouldBe(JsonValueKind.Null);
        http.GetProperty("headers").GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        http.GetProperty("hsts").GetProperty("problem").GetString().ShouldBe("HTTPS did not answer");
        var https = http.GetProperty("https");
        https.GetProperty("status").GetString().ShouldBe("hopFailed");
        https.GetProperty("hops")[0].GetProperty("error").GetString().ShouldBe("TLS handshake failed: handshake_failure alert");
        https.GetProperty("hops")[0].GetProperty("status").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("max-age=1y", true)]
    [InlineData(null, false)]
    public void Json_HandBuiltReports_ConformToThePublishedScanSchema(string? header, bool httpsAnswers)
    {
        ScanSchema.Load().Check(Json(ScanHttpSamples.StrongWith(ScanHttpSamples.Bare(header, httpsAnswers)))).ShouldBeEmpty();
    }

    [Fact]
    public void Json_WithoutHttpLayer_HttpIsNull()
    {
        Http(Json(ScanSamples.Strong())).ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
