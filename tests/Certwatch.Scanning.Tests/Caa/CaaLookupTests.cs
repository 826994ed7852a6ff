using Certwatch.Scanning.Caa;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Tests.Dns;
using Certwatch.TestKit.Dns;

namespace Certwatch.Scanning.Tests.Caa;

/// <summary>The RFC 8659 §3 tree walk against the scripted DNS server.</summary>
public sealed class CaaLookupTests
{
    [Fact]
    public async Task FindAsync_RecordsOnTheParent_ClimbsUntilFound()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("example.com", FakeDnsResponse.Caa, FakeRdata.Caa(0, "issue", "letsencrypt.org"))));

        var set = await Lookup(server).FindAsync("www.shop.example.com", CancellationToken.None);

        set.FoundAt.ShouldBe("example.com");
        set.Records.ShouldHaveSingleItem().Value.ShouldBe("letsencrypt.org");
        set.Failure.ShouldBeNull();
        server.Queries.Select(q => q.Name).ShouldBe(["www.shop.example.com", "shop.example.com", "example.com"]);
    }

    [Fact]
    public async Task FindAsync_NameIsAnAlias_UsesTheAliasTargetsRecordsAndStopsThere()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("www.example.com", FakeDnsResponse.Cname, FakeRdata.Name("site.cdn.example.net")),
            ("site.cdn.example.net", FakeDnsResponse.Caa, FakeRdata.Caa(0, "issue", "digicert.com")),
            ("example.com", FakeDnsResponse.Caa, FakeRdata.Caa(0, "issue", "letsencrypt.org"))));

        var set = await Lookup(server).FindAsync("www.example.com", CancellationToken.None);

        set.FoundAt.ShouldBe("www.example.com");
        set.Records.ShouldHaveSingleItem().Value.ShouldBe("digicert.com");
    }

    [Fact]
    public async Task FindAsync_Wildcard_StartsBelowTheStar()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("example.com", FakeDnsResponse.Caa, FakeRdata.Caa(0, "issuewild", "pki.goog"))));

        var set = await Lookup(server).FindAsync("*.example.com", CancellationToken.None);

        set.IsWildcard.ShouldBeTrue();
        set.FoundAt.ShouldBe("example.com");
        server.Queries.First().Name.ShouldBe("example.com");
    }

    [Fact]
    public async Task FindAsync_NoRecordsAnywhere_WalksToTheTopLevelAndReportsNone()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering());

        var set = await Lookup(server).FindAsync("a.example.com", CancellationToken.None);

        set.FoundAt.ShouldBeNull();
        set.Records.ShouldBeEmpty();
        set.Failure.ShouldBeNull();
        server.Queries.Select(q => q.Name).ShouldBe(["a.example.com", "example.com", "com"]);
    }

    [Fact]
    public async Task FindAsync_ServerFails_ReportsFailureInsteadOfClimbing()
    {
        await using var server = FakeDnsServer.Start(query => FakeDnsReply.Of(FakeDnsResponse.To(query).WithRcode(2).Build()));

        var set = await Lookup(server).FindAsync("www.example.com", CancellationToken.None);

        set.Failure.ShouldNotBeNull().ShouldContain("SERVFAIL");
        server.Queries.Count.ShouldBe(1);
    }

    private static CaaLookup Lookup(FakeDnsServer server) =>
        new(new DnsClient(new DnsClientOptions([server.EndPoint]) { Timeout = TimeSpan.FromSeconds(5), Attempts = 1 }));
}
