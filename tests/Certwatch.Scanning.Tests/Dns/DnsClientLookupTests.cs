using System.Net;
using Certwatch.Scanning.Dns;
using Certwatch.TestKit.Dns;

namespace Certwatch.Scanning.Tests.Dns;

/// <summary>The typed helpers of <see cref="DnsClient"/> and CNAME following.</summary>
public sealed class DnsClientLookupTests
{
    private static DnsClient ClientFor(FakeDnsServer server) =>
        new(new DnsClientOptions([server.EndPoint]) { Timeout = TimeSpan.FromSeconds(5), Attempts = 1 });

    [Fact]
    public async Task QueryAddressesAsync_AAndAaaa_ReturnsBothFamilies()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("dual.example", FakeDnsResponse.A, FakeRdata.Address("192.0.2.7")),
            ("dual.example", FakeDnsResponse.Aaaa, FakeRdata.Address("2001:db8::7"))));

        var lookup = await ClientFor(server).QueryAddressesAsync("dual.example");

        lookup.Records.ShouldBe([IPAddress.Parse("192.0.2.7"), IPAddress.Parse("2001:db8::7")]);
        server.Queries.Select(q => q.Type).Order().ShouldBe([FakeDnsResponse.A, FakeDnsResponse.Aaaa]);
    }

    [Fact]
    public async Task QueryMxAsync_SeveralExchanges_SortedByPreference()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("example.com", FakeDnsResponse.Mx, FakeRdata.Mx(20, "backup.example.com")),
            ("example.com", FakeDnsResponse.Mx, FakeRdata.Mx(10, "mx2.example.com")),
            ("example.com", FakeDnsResponse.Mx, FakeRdata.Mx(10, "mx1.example.com"))));

        var lookup = await ClientFor(server).QueryMxAsync("example.com");

        lookup.Records.Select(m => $"{m.Preference} {m.Exchange}").ShouldBe(["10 mx1.example.com", "10 mx2.example.com", "20 backup.example.com"]);
        lookup.ResponseCode.ShouldBe(DnsResponseCode.NoError);
    }

    [Fact]
    public async Task QueryCaaAsync_IssueAndIodef_ReturnsTagsAndValues()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("example.com", FakeDnsResponse.Caa, FakeRdata.Caa(0, "issue", "letsencrypt.org")),
            ("example.com", FakeDnsResponse.Caa, FakeRdata.Caa(128, "iodef", "mailto:sec@example.com"))));

        var lookup = await ClientFor(server).QueryCaaAsync("example.com");

        lookup.Records.Select(c => (c.Tag, c.Value, c.IsCritical)).ShouldBe([("issue", "letsencrypt.org", false), ("iodef", "mailto:sec@example.com", true)]);
    }

    [Fact]
    public async Task QueryTxtAsync_MultiStringRecord_JoinsStrings()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("_mta-sts.example.com", FakeDnsResponse.Txt, FakeRdata.Txt("v=STSv1; ", "id=20261122"))));

        var lookup = await ClientFor(server).QueryTxtAsync("_mta-sts.example.com");

        lookup.Records.Single().Text.ShouldBe("v=STSv1; id=20261122");
    }

    [Fact]
    public async Task QueryTlsaAsync_DaneEeRecord_ReturnsFields()
    {
        var digest = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("_25._tcp.mx.example.com", FakeDnsResponse.Tlsa, FakeRdata.Tlsa(3, 1, 1, digest))));

        var lookup = await ClientFor(server).QueryTlsaAsync("_25._tcp.mx.example.com");

        var tlsa = lookup.Records.ShouldHaveSingleItem();
        (tlsa.Usage, tlsa.Selector, tlsa.MatchingType).ShouldBe(((byte)3, (byte)1, (byte)1));
        tlsa.AssociationData.ShouldBe(digest);
    }

    [Fact]
    public async Task QueryCaaAsync_NxDomain_HasNoRecordsAndSaysWhy()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering());

        var lookup = await ClientFor(server).QueryCaaAsync("missing.example");

        lookup.Records.ShouldBeEmpty();
        lookup.ResponseCode.ShouldBe(DnsResponseCode.NXDomain);
        lookup.Error.ShouldBeNull();
    }

    [Fact]
    public async Task QueryAsync_CnameChainInOneAnswer_FollowsToTheData()
    {
        await using var server = FakeDnsServer.Start(q => FakeDnsReply.Of(FakeDnsResponse.To(q)
            .Answer("www.example.com", FakeDnsResponse.Cname, FakeRdata.Name("cdn.example.net"))
            .Answer("cdn.example.net", FakeDnsResponse.Cname, FakeRdata.Name("edge.example.org"))
            .Answer("edge.example.org", FakeDnsResponse.A, FakeRdata.Address("192.0.2.80"))
            .Build()));

        var result = await ClientFor(server).QueryAsync("www.example.com", DnsRecordType.A);

        result.Answer!.CanonicalName.ShouldBe("edge.example.org");
        result.Answer.CnameChain.ShouldBe(["cdn.example.net", "edge.example.org"]);
        result.DataOf<DnsAddressData>().Single().Address.ShouldBe(IPAddress.Parse("192.0.2.80"));
        server.Queries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task QueryAsync_CnameWithoutData_AsksAgainForTheTarget()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("www.example.com", FakeDnsResponse.Cname, FakeRdata.Name("host.example.net")),
            ("host.example.net", FakeDnsResponse.A, FakeRdata.Address("192.0.2.81"))));

        var result = await ClientFor(server).QueryAsync("www.example.com", DnsRecordType.A);

        result.DataOf<DnsAddressData>().Single().Address.ShouldBe(IPAddress.Parse("192.0.2.81"));
        result.Answer!.Name.ShouldBe("www.example.com");
        server.Queries.Select(q => q.Name).ShouldBe(["www.example.com", "host.example.net"]);
    }

    [Fact]
    public async Task QueryAsync_CnameLoop_IsAnErrorValue()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("a.example", FakeDnsResponse.Cname, FakeRdata.Name("b.example")),
            ("b.example", FakeDnsResponse.Cname, FakeRdata.Name("a.example"))));

        var result = await ClientFor(server).QueryAsync("a.example", DnsRecordType.A);

        result.Error!.Kind.ShouldBe(DnsErrorKind.CnameLoop);
        result.Error.Message.ShouldBe("CNAME loop for a.example: a.example -> b.example -> a.example");
    }

    [Fact]
    public async Task QueryAsync_CnameChainLongerThanLimit_IsAnErrorValue()
    {
        var chain = Enumerable.Range(0, 12).Select(i => ($"h{i}.example", FakeDnsResponse.Cname, FakeRdata.Name($"h{i + 1}.example"))).ToArray();
        await using var server = FakeDnsServer.Start(FakeZone.Answering(chain));

        var result = await ClientFor(server).QueryAsync("h0.example", DnsRecordType.A);

        result.Error!.Kind.ShouldBe(DnsErrorKind.CnameChainTooLong);
        server.Queries.Count.ShouldBeLessThanOrEqualTo(9);
    }
}
