using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Http;
using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.Scanning.Tests.Check;
using Certwatch.Scanning.Tests.Http;
using Certwatch.TestKit.Servers.Http;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.Probing;
using Certwatch.X509.Trust;
using Certwatch.X509.Verdicts;

namespace Certwatch.Scanning.Tests.Scan;

/// <summary>The scan runs the HTTP layer on HTTPS targets and takes HSTS for the client verdicts from it.</summary>
public sealed class ScanHttpLayerTests
{
    private static readonly ClientId[] Browsers = [ClientId.Chrome, ClientId.Firefox, ClientId.Safari];

    private readonly ScanRunner _runner = new(FixedResolver.MustNotBeAsked, TimeProvider.System) { Random = ProbeRandom.Seeded(5) };

    [Fact]
    public async Task ScanAsync_HstsSite_ReportsTheHttpLayerAndItsFindings()
    {
        await using var https = HttpTestSite.StartHttps(HttpTestSite.Root(ScriptedResponse.Ok(HttpTestSite.PreloadableHeaders)));
        await using var plain = HttpTestSite.StartPlain(HttpTestSite.Root(ScriptedResponse.Redirect(301, HttpTestSite.HttpsUrl(https.Port))));

        var report = await _runner.ScanAsync(Target(https.Port), Options(plain.Port, trusted: true), CancellationToken.None);

        var http = report.Addresses.ShouldHaveSingleItem().Http.ShouldNotBeNull();
        http.Hsts.Policy.DeclaredMaxAgeSeconds.ShouldBe(63_072_000);
        http.Hsts.Policy.MaxAgeSeconds.ShouldBe(31_536_000); // Chrome caps max-age at one year
        http.Redirect.Status.ShouldBe(HttpsRedirectStatus.Correct);
        http.Headers.Grade.ShouldNotBeNullOrEmpty();
        var ids = report.Findings.Select(f => f.Id).ToList();
        ids.ShouldContain(FindingIds.HttpHeadersGrade);
        ids.ShouldContain(FindingIds.HttpCspMissing);
        ids.Count(id => id == FindingIds.HttpHstsPresent).ShouldBe(1); // from the HTTP layer only, not again from the check
        report.Findings.ShouldAllBe(f => f.Address == null); // one address: no address stamps
    }

    [Theory]
    [InlineData("max-age=31536000; includeSubDomains", false)]
    [InlineData(null, true)]
    public async Task ScanAsync_UntrustedCertificate_BrowsersBypassOnlyWithoutHsts(string? header, bool bypassable)
    {
        await using var https = HttpTestSite.StartHttps(HttpTestSite.Root(header is null ? ScriptedResponse.Ok() : ScriptedResponse.Ok(("Strict-Transport-Security", header))));

        var report = await _runner.ScanAsync(Target(https.Port), Options(null, trusted: false), CancellationToken.None);

        var address = report.Addresses.ShouldHaveSingleItem();
        address.Http.ShouldNotBeNull().Hsts.Policy.Present.ShouldBe(header is not null);
        var verdicts = address.Certificate.Analysis!.Verdicts.Where(v => Browsers.Contains(v.Client)).ToList();
        verdicts.Count.ShouldBe(Browsers.Length);
        verdicts.ShouldAllBe(v => !v.Accepted && v.Bypassable == bypassable);
        https.Requests.ShouldAllBe(r => r.Method == "GET"); // the check sent no HEAD of its own
    }

    [Fact]
    public async Task ScanAsync_NoHttp_LeavesTheLayerOutAndTheCheckReadsHstsItself()
    {
        await using var https = HttpTestSite.StartHttps(HttpTestSite.Root(ScriptedResponse.Ok(("Strict-Transport-Security", "max-age=31536000"))));
        var options = Options(null, trusted: true) with { Http = false };

        var report = await _runner.ScanAsync(Target(https.Port), options with { Check = options.Check with { Probe = options.Check.Probe with { SendHttpHead = true } } }, CancellationToken.None);

        report.Addresses.ShouldHaveSingleItem().Http.ShouldBeNull();
        report.Findings.Select(f => f.Id).ShouldNotContain(FindingIds.HttpHeadersGrade);
        report.Findings.Select(f => f.Id).ShouldContain(FindingIds.HttpHstsPresent);
    }

    [Fact]
    public async Task ScanAsync_PerHostCapOfOne_HttpLayerAndCheckShareTheSlotWithoutDeadlock()
    {
        await using var https = HttpTestSite.StartHttps(HttpTestSite.Root(ScriptedResponse.Ok(HttpTestSite.PreloadableHeaders)));
        var options = Options(null, trusted: true) with { PerHostConnections = 1 };
        using var connector = new ProbeConnector(options.Limits, 1, 8);

        var report = await _runner.ScanAsync(Target(https.Port), options, connector, CancellationToken.None);

        connector.PeakOpen.ShouldBe(1);
        report.Error.ShouldBeNull();
        report.Addresses.ShouldHaveSingleItem().Http.ShouldNotBeNull().Hsts.Policy.Present.ShouldBeTrue();
    }

    private static Target Target(int port) => HttpTestSite.Target(port) with { PinnedAddress = IPAddress.Loopback };

    private static ScanOptions Options(int? plainPort, bool trusted) => new(
        new CheckOptions(new TrustStore("test root", trusted ? [HttpTestSite.Chain.Root.Info] : []), null, ExpiryPolicy.Default,
            new ProbeOptions(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), SendHttpHead: true, TimeSpan.FromSeconds(5)),
            OverallTimeout: TimeSpan.FromSeconds(30), Concurrency: 1),
        new ProbeLimits(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)))
    {
        HttpSecurity = HttpTestSite.Options(plainPort),
    };
}
