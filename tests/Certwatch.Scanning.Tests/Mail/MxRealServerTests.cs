using Certwatch.Core.Findings;
using Certwatch.Scanning.Caa;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Mail;

namespace Certwatch.Scanning.Tests.Mail;

/// <summary>
/// `check --mx` end to end: MX, A and TLSA from dnsmasq, SMTP STARTTLS with real Postfix, DANE matched
/// against what Postfix served; CAA from dnsmasq for the same certificate.
/// </summary>
[Collection(RealMailServersCollection.Name)]
public sealed class MxRealServerTests(RealMailServersFixture servers)
{
    private DnsClient Client => new(new DnsClientOptions([servers.Dns.EndPoint]) { Timeout = TimeSpan.FromSeconds(3), Attempts = 1 });

    private MxCheck Check => new(new CheckRunner(new DnsHostResolver(Client), TimeProvider.System), Client);

    [Fact]
    public async Task CheckAsync_TwoMxHosts_EachCheckedInPreferenceOrderWithDane()
    {
        var results = await Check.CheckAsync(RealMailServersFixture.Domain, servers.Postfix.Port, servers.Options, dane: true, CancellationToken.None);

        results.Select(r => r.Label).ShouldBe(["MX 10 of cwmail.test", "MX 20 of cwmail.test"]);
        results.Select(r => r.Report.Target.ServerName).ShouldBe([RealMailServersFixture.GoodMx, RealMailServersFixture.StaleMx]);
        var good = results[0].Report;
        good.Addresses.ShouldHaveSingleItem().Observation.StartTls.ShouldNotBeNull().Outcome.ShouldBe(Tls.StartTls.StartTlsOutcome.Ready);
        good.Findings.ShouldContain(f => f.Id == FindingIds.DnsDaneMatch && f.Severity == Severity.Info);
        good.Status.ShouldBe(CheckStatus.Ok);
        var stale = results[1].Report;
        var mismatch = stale.Findings.Single(f => f.Id == FindingIds.DnsDaneMismatch);
        mismatch.Title.ShouldContain("_25._tcp.mx2.cwmail.test");
        mismatch.Evidence.ShouldContain(e => e.StartsWith("resolver AD bit: not set", StringComparison.Ordinal));
        stale.Status.ShouldBe(CheckStatus.Critical);
    }

    [Fact]
    public async Task CheckAsync_NullMx_OneOkReportSayingNoMail()
    {
        var result = (await Check.CheckAsync(RealMailServersFixture.NullMxDomain, servers.Postfix.Port, servers.Options, dane: true, CancellationToken.None)).ShouldHaveSingleItem();

        result.Report.Findings.ShouldHaveSingleItem().Id.ShouldBe(FindingIds.DnsMxNull);
        result.Report.Status.ShouldBe(CheckStatus.Ok);
        result.Report.Addresses.ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckAsync_NoMx_FallsBackToTheDomainsAddress()
    {
        var result = (await Check.CheckAsync(RealMailServersFixture.NoMxDomain, servers.Postfix.Port, servers.Options, dane: true, CancellationToken.None)).ShouldHaveSingleItem();

        result.Label.ShouldBe("implicit MX of plain.test");
        result.Report.Findings.ShouldContain(f => f.Id == FindingIds.DnsMxImplicit);
        result.Report.Addresses.ShouldHaveSingleItem().Address.ShouldBe("127.0.0.1");
        result.Report.Status.ShouldBe(CheckStatus.Ok);
    }

    [Fact]
    public async Task CheckAsync_NoSuchDomain_UnknownWithDnsError()
    {
        var result = (await Check.CheckAsync("missing.test", servers.Postfix.Port, servers.Options, dane: true, CancellationToken.None)).ShouldHaveSingleItem();

        result.Report.Status.ShouldBe(CheckStatus.Unknown);
        result.Report.Error.ShouldBe("cannot look up MX for 'missing.test': no such domain");
        result.Report.Findings.ShouldHaveSingleItem().Id.ShouldBe(FindingIds.DnsFailed);
    }

    [Fact]
    public async Task CaaCheck_RealZone_WalksUpToTheDomainAndShowsItsRecords()
    {
        var findings = await new CaaCheck(Client).FindingsAsync(servers.ValidChain[0].Info, "localhost", CancellationToken.None);

        var restricted = findings.Single(f => f.Id == FindingIds.DnsCaaUnknownIssuer);
        restricted.Title.ShouldContain("mx.cwmail.test, mx2.cwmail.test");
        restricted.Evidence.ShouldContain("cwmail.test CAA 0 issue \"letsencrypt.org\"");
        findings.Single(f => f.Id == FindingIds.DnsCaaNone).Title.ShouldContain("plain.test");
    }
}
