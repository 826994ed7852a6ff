using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Resolution;
using Certwatch.TestKit.Servers;
using Certwatch.X509.Verdicts;

namespace Certwatch.Scanning.Tests.Check;

/// <summary>CheckRunner end to end against a lab server with an expired leaf and a chosen Strict-Transport-Security value.</summary>
public sealed class CheckRunnerHstsTests(LabHostFixture lab) : IClassFixture<LabHostFixture>
{
    private static readonly ClientId[] Browsers = [ClientId.Chrome, ClientId.Firefox, ClientId.Safari];

    private readonly CheckRunner _runner = new(FixedResolver.MustNotBeAsked, TimeProvider.System);

    // (header, browsers let users click through the expired certificate, the http.hsts.* findings).
    public static TheoryData<string?, bool, string[]> Headers() => new()
    {
        { null, true, [] },
        { "max-age=31536000; includeSubDomains", false, [FindingIds.HttpHstsPresent] },
        { "max-age=300", false, [FindingIds.HttpHstsPresent, FindingIds.HttpHstsTooShort, FindingIds.HttpHstsNoIncludeSubDomains] },
        { "max-age=31536000; max-age=31536000", true, [FindingIds.HttpHstsInvalid] },
        { "max-age=31536000; includeSubDomains=1", true, [FindingIds.HttpHstsInvalid] },
        { "max-age=0", true, [FindingIds.HttpHstsMaxAgeZero] },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task CheckAsync_ExpiredLeafWithHstsHeader_BrowsersBypassOnlyWithoutAValidPolicy(string? header, bool bypassable, string[] hstsFindings)
    {
        var report = await CheckExpiredHostAsync(header, "localhost");

        report.Findings.Select(f => f.Id).ShouldContain(FindingIds.CertExpired);
        report.Findings.Select(f => f.Id).Where(id => id.StartsWith("http.hsts.", StringComparison.Ordinal)).ShouldBe(hstsFindings, ignoreOrder: true);
        var browserVerdicts = report.Addresses.ShouldHaveSingleItem().Analysis!.Verdicts.Where(v => Browsers.Contains(v.Client)).ToList();
        browserVerdicts.Count.ShouldBe(Browsers.Length);
        browserVerdicts.ShouldAllBe(v => !v.Accepted && v.Bypassable == bypassable);
    }

    [Fact]
    public async Task CheckAsync_DuplicateMaxAge_SaysBrowsersIgnoreTheHeaderAndWhy()
    {
        var report = await CheckExpiredHostAsync("max-age=31536000; max-age=31536000", "localhost");

        var invalid = report.Findings.Single(f => f.Id == FindingIds.HttpHstsInvalid);
        invalid.Severity.ShouldBe(Severity.Warning);
        invalid.Title.ShouldBe("Browsers ignore the Strict-Transport-Security header: max-age appears twice");
        invalid.Evidence.ShouldBe(["Strict-Transport-Security: max-age=31536000; max-age=31536000", "max-age appears twice"]);
    }

    [Fact]
    public async Task CheckAsync_ValidHeader_ShowsParsedValuesAsEvidence()
    {
        var report = await CheckExpiredHostAsync("max-age=63072000; includeSubDomains; preload", "localhost");

        var present = report.Findings.Single(f => f.Id == FindingIds.HttpHstsPresent);
        present.Severity.ShouldBe(Severity.Info);
        present.Evidence.ShouldBe(
        [
            "Strict-Transport-Security: max-age=63072000; includeSubDomains; preload",
            "max-age: 63072000 s (730 days)",
            "includeSubDomains: yes, preload: yes",
            "max-age 63072000 s is more than one year; Chrome stores 31536000 s (365 days)",
        ]);
    }

    [Fact]
    public async Task CheckAsync_IpAddressTarget_BrowsersRecordNoHsts()
    {
        var report = await CheckExpiredHostAsync("max-age=31536000; includeSubDomains", null);

        report.Findings.Single(f => f.Id == FindingIds.HttpHstsPresent).Detail.ShouldContain("never record HSTS for an IP address");
        report.Addresses[0].Analysis!.Verdicts.Where(v => Browsers.Contains(v.Client)).ShouldAllBe(v => !v.Accepted && v.Bypassable);
    }

    /// <param name="serverName">The name a browser would visit; null to visit the IP address itself.</param>
    private async Task<TargetReport> CheckExpiredHostAsync(string? header, string? serverName)
    {
        var pki = lab.Host.Lab.Pki;
        var leaf = pki.Leaf("localhost", s => s with { DnsNames = ["localhost"], IpAddresses = [IPAddress.Loopback], NotBefore = pki.Now.AddDays(-93), NotAfter = pki.Now.AddDays(-3) });
        await using var server = LabTlsServer.Start(new LabTlsServerOptions(leaf.Certificate, [pki.Intermediate.Certificate])
        {
            Address = IPAddress.Loopback,
            StrictTransportSecurity = header,
        });
        var host = serverName ?? "127.0.0.1";
        var target = new Target($"{host}:{server.Port}", host, server.Port, serverName, IPAddress.Loopback, "https");
        return await _runner.CheckAsync(target, lab.Options, CancellationToken.None);
    }
}
