using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Http;
using Certwatch.TestKit.Servers.Http;
using static Certwatch.Scanning.Tests.Http.HttpTestSite;

namespace Certwatch.Scanning.Tests.Http;

public sealed class RedirectFollowerTests
{
    [Fact]
    public async Task FollowAsync_Loop_StopsAtTheRepeatedUrl()
    {
        await using var https = StartHttps(new Dictionary<string, ScriptedResponse>
        {
            ["/"] = ScriptedResponse.Redirect(302, "/a"),
            ["/a"] = ScriptedResponse.Redirect(302, "/"),
        });

        var report = await ScanAsync(https.Port, Options(null));

        report.Https.Outcome.ShouldBe(RedirectChainOutcome.Loop);
        report.Https.Hops.Count.ShouldBe(2);
        https.Requests.Count.ShouldBe(2);
        report.Findings.ShouldContain(f => f.Id == FindingIds.HttpRedirectLoop);
        report.Preload.Errors.Select(i => i.Code).ShouldContain("redirects.too_many");
    }

    [Fact]
    public async Task FollowAsync_EndlessRedirects_StopsAtTheLimit()
    {
        var next = 0;
        await using var https = StartHttps(new Dictionary<string, ScriptedResponse>(), _ => ScriptedResponse.Redirect(302, $"/r{Interlocked.Increment(ref next)}"));

        var report = await ScanAsync(https.Port, Options(null) with { MaxRedirects = 10 });

        report.Https.Outcome.ShouldBe(RedirectChainOutcome.TooManyRedirects);
        report.Https.Hops.Count.ShouldBe(11); // the first request and 10 followed redirects
        report.Findings.ShouldContain(f => f.Id == FindingIds.HttpRedirectTooMany);
    }

    [Fact]
    public async Task FollowAsync_OtherHostWithoutResolver_IsRecordedNotFollowed()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Redirect(301, "https://elsewhere.test/")));

        var report = await ScanAsync(https.Port, Options(null));

        report.Https.Outcome.ShouldBe(RedirectChainOutcome.OffHostNotFollowed);
        report.Https.Hops.ShouldHaveSingleItem().NextUrl.ShouldBe("https://elsewhere.test/");
        https.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task FollowAsync_OtherHostThatResolves_IsFollowedWithItsNameAsSni()
    {
        await using var https = StartHttps(new Dictionary<string, ScriptedResponse>(),
            r => r.ServerName == Host ? ScriptedResponse.Redirect(301, $"https://other.test:{r.Host!.Split(':')[1]}/") : ScriptedResponse.Ok());
        var resolver = new NameMapResolver(("other.test", IPAddress.Loopback));

        var report = await ScanAsync(https.Port, Options(null, resolver));

        report.Https.Outcome.ShouldBe(RedirectChainOutcome.Completed);
        report.Https.Last.Url.ShouldBe($"https://other.test:{https.Port}/");
        https.Requests[1].ServerName.ShouldBe("other.test");
        resolver.Asked.ShouldContain("other.test");
    }

    [Fact]
    public async Task FollowAsync_RelativeLocation_ResolvesAgainstTheRequestUrl()
    {
        await using var https = StartHttps(new Dictionary<string, ScriptedResponse>
        {
            ["/"] = ScriptedResponse.Redirect(301, "dir/page?x=1"),
            ["/dir/page?x=1"] = ScriptedResponse.Ok(),
        });

        var report = await ScanAsync(https.Port, Options(null));

        report.Https.Hops[0].NextUrl.ShouldBe($"{HttpsUrl(https.Port)}dir/page?x=1"); // RFC 3986 §5.2
        report.Https.Outcome.ShouldBe(RedirectChainOutcome.Completed);
    }

    [Fact]
    public async Task FollowAsync_UnusableLocation_IsInvalidLocation()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Redirect(301, "ftp://example.test/file")));

        var report = await ScanAsync(https.Port, Options(null));

        report.Https.Outcome.ShouldBe(RedirectChainOutcome.InvalidLocation);
        report.Findings.ShouldContain(f => f.Id == FindingIds.HttpProbeFailed);
    }
}
