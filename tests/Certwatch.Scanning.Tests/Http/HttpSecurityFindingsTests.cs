using System.Net;
using System.Text.Json;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Http;
using Certwatch.TestKit.Servers.Http;
using static Certwatch.Scanning.Tests.Http.HttpTestSite;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>What a user sees: finding ids, severities and fixes for header, cookie and CORS problems served by a scripted site.</summary>
public sealed class HttpSecurityFindingsTests
{
    public static TheoryData<string, string, string, Severity> HeaderProblems() => new()
    {
        { "Set-Cookie", "PHPSESSID=1; Path=/", FindingIds.HttpCookiesInsecure, Severity.Warning },
        { "Set-Cookie", "theme=dark", FindingIds.HttpCookiesInsecure, Severity.Info },
        { "Set-Cookie", "a=1; Secure; SameSite=Sometimes", FindingIds.HttpCookiesSameSite, Severity.Warning },
        { "Set-Cookie", "__Host-id=1; Secure; Path=/; Domain=example.test", FindingIds.HttpCookiesPrefix, Severity.Warning },
        { "Referrer-Policy", "unsafe-url", FindingIds.HttpHeadersReferrerPolicy, Severity.Info },
        { "Cross-Origin-Opener-Policy", "strict", FindingIds.HttpHeadersCrossOriginInvalid, Severity.Info },
        { "Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-eval'", FindingIds.HttpCspUnsafeEval, Severity.Warning },
        { "Content-Security-Policy", "default-src 'self'; img-src http:", FindingIds.HttpCspInsecureSource, Severity.Warning },
        { "Content-Security-Policy", "script-src 'self'", FindingIds.HttpCspBroadSource, Severity.Warning },
        { "Content-Security-Policy", "default-src 'self'; scr!pt-src x", FindingIds.HttpCspInvalid, Severity.Warning },
        { "Content-Security-Policy-Report-Only", "default-src 'none'", FindingIds.HttpCspMissing, Severity.Warning },
        { "X-Frame-Options", "ALLOWALL", FindingIds.HttpHeadersFrameOptions, Severity.Warning },
        { "X-Content-Type-Options", "yes", FindingIds.HttpHeadersNoSniff, Severity.Info },
    };

    [Theory]
    [MemberData(nameof(HeaderProblems))]
    public async Task ScanAsync_HeaderProblem_GivesFinding(string name, string value, string id, Severity severity)
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok((name, value))));

        var report = await ScanAsync(https.Port, Options(null));

        var finding = report.Findings.First(f => f.Id == id);
        finding.Severity.ShouldBe(severity);
        finding.Address.ShouldBe("127.0.0.1");
    }

    [Fact]
    public async Task ScanAsync_OriginReflectedWithCredentials_IsCriticalAndCostsFifty()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(
            ("Access-Control-Allow-Origin", "https://certwatch-probe.invalid"), ("Access-Control-Allow-Credentials", "true"))));

        var report = await ScanAsync(https.Port, Options(null));

        report.Findings.Single(f => f.Id == FindingIds.HttpCorsCredentials).Severity.ShouldBe(Severity.Critical);
        report.Headers.Tests.Single(t => t.Test == "cross-origin-resource-sharing").Modifier.ShouldBe(-50);
    }

    [Fact]
    public async Task ScanAsync_WildcardWithCredentials_IsAWarningScoredAsPublic()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(("Access-Control-Allow-Origin", "*"), ("Access-Control-Allow-Credentials", "true"))));

        var report = await ScanAsync(https.Port, Options(null));

        report.Findings.Single(f => f.Id == FindingIds.HttpCorsCredentials).Severity.ShouldBe(Severity.Warning);
        report.Headers.Tests.Single(t => t.Test == "cross-origin-resource-sharing").Outcome.ShouldBe("cross-origin-resource-sharing-implemented-with-public-access");
    }

    [Fact]
    public async Task ScanAsync_NamedOriginWithCredentials_IsNoFinding()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(
            ("Access-Control-Allow-Origin", "https://partner.example"), ("Access-Control-Allow-Credentials", "true"))));

        var report = await ScanAsync(https.Port, Options(null));

        report.Findings.ShouldNotContain(f => f.Id == FindingIds.HttpCorsCredentials);
    }

    [Fact]
    public async Task ScanAsync_MissingHeaders_FixesAreNginxAddHeaderAlways()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok()));

        var report = await ScanAsync(https.Port, Options(null));

        report.Findings.Single(f => f.Id == FindingIds.HttpHstsMissing).Fix!.Lines[0].Line
            .ShouldBe("add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;");
        report.Findings.Single(f => f.Id == FindingIds.HttpHeadersNoSniff).Fix!.Lines[0].Line.ShouldBe("add_header X-Content-Type-Options \"nosniff\" always;");
        report.Findings.Single(f => f.Id == FindingIds.HttpHeadersGrade).Evidence
            .ShouldContain("x-frame-options: x-frame-options-not-implemented (-20) — neither X-Frame-Options nor CSP frame-ancestors: any site may frame the page (clickjacking)");
    }

    [Fact]
    public async Task ScanAsync_IpLiteralTarget_GetsNoMissingHstsFinding()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok()));
        var target = new Target($"127.0.0.1:{https.Port}", "127.0.0.1", https.Port, null, IPAddress.Loopback, "https");

        var report = await HttpSecurityScanner.ScanAsync(target, IPAddress.Loopback, Options(null), CancellationToken.None);

        report.Findings.ShouldNotContain(f => f.Id == FindingIds.HttpHstsMissing); // RFC 6797 §8.1.1: never HSTS on an IP
        report.Preload.Errors.Select(i => i.Code).ShouldContain("domain.format.is_ip_address");
    }

    [Fact]
    public async Task ScanAsync_HeaderAsksForPreloadButTooShort_NotEligibleIsAWarningWithTheCode()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(("Strict-Transport-Security", "max-age=300; includeSubDomains; preload"))));

        var report = await ScanAsync(https.Port, Options(null));

        var finding = report.Findings.Single(f => f.Id == FindingIds.HttpPreloadNotEligible);
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Evidence.ShouldBe(["error header.preloadable.max_age.below_1_year: max-age=300 is below 31536000 s (one year)"]);
    }

    [Fact]
    public async Task ScanAsync_Report_SerializesAsPlainJson()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(PreloadableHeaders)));

        var report = await ScanAsync(https.Port, Options(null));
        var json = JsonSerializer.Serialize(report);

        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("Headers").GetProperty("Grade").GetString().ShouldBe(report.Headers.Grade);
        document.RootElement.GetProperty("Https").GetProperty("Hops")[0].GetProperty("StatusCode").GetInt32().ShouldBe(200);
    }
}
