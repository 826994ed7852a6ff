using System.Net;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Resolution;
using Certwatch.Scanning.Tests.Mail;

namespace Certwatch.Scanning.Tests.Dns;

/// <summary>Our DNS client against a real resolver: dnsmasq serving the test zone on 127.0.0.1.</summary>
[Collection(RealMailServersCollection.Name)]
public sealed class DnsmasqClientTests(RealMailServersFixture servers)
{
    private DnsClient Client => new(new DnsClientOptions([servers.Dns.EndPoint]) { Timeout = TimeSpan.FromSeconds(3), Attempts = 1 });

    [Fact]
    public async Task QueryMxAsync_RealServer_ExchangesByPreference()
    {
        var lookup = await Client.QueryMxAsync(RealMailServersFixture.Domain);

        lookup.Records.Select(m => $"{m.Preference} {m.Exchange}").ShouldBe(["10 mx.cwmail.test", "20 mx2.cwmail.test"]);
    }

    [Fact]
    public async Task QueryTlsaAsync_RealServer_ParsesUsageSelectorMatchingAndData()
    {
        var lookup = await Client.QueryTlsaAsync("_25._tcp.mx2.cwmail.test");

        var record = lookup.Records.ShouldHaveSingleItem();
        (record.Usage, record.Selector, record.MatchingType).ShouldBe(((byte)3, (byte)1, (byte)1));
        record.AssociationData.ShouldBe(new byte[32]);
    }

    [Fact]
    public async Task QueryCaaAsync_RealServer_TagAndValue()
    {
        var lookup = await Client.QueryCaaAsync(RealMailServersFixture.Domain);

        lookup.Records.Select(c => (c.Tag, c.Value, c.IsCritical)).ShouldBe([("issue", "letsencrypt.org", false)]);
    }

    [Fact]
    public async Task QueryAddressesAsync_RealServer_AAndAaaa()
    {
        var lookup = await Client.QueryAddressesAsync(RealMailServersFixture.DualStack);

        lookup.Records.ShouldBe([IPAddress.Loopback, IPAddress.IPv6Loopback]);
    }

    [Fact]
    public async Task QueryAsync_RealServerAlias_FollowsTheCname()
    {
        var result = await Client.QueryAsync(RealMailServersFixture.Alias, DnsRecordType.A);

        var answer = result.Answer.ShouldNotBeNull();
        answer.CanonicalName.ShouldBe(RealMailServersFixture.GoodMx);
        answer.CnameChain.ShouldBe([RealMailServersFixture.GoodMx]);
        result.DataOf<DnsAddressData>().Select(d => d.Address).ShouldBe([IPAddress.Loopback]);
        answer.AuthenticData.ShouldBeFalse();
    }

    [Fact]
    public async Task QueryAsync_UnknownName_NxDomainAnswerNotError()
    {
        var result = await Client.QueryAsync("nothing-here.cwmail.test", DnsRecordType.A);

        result.Answer.ShouldNotBeNull().ResponseCode.ShouldBe(DnsResponseCode.NXDomain);
        result.Error.ShouldBeNull();
    }

    [Fact]
    public async Task ResolveAsync_DnsHostResolverWithRealServer_ReturnsTheZonesAddress()
    {
        var addresses = await new DnsHostResolver(Client).ResolveAsync(RealMailServersFixture.GoodMx, CancellationToken.None);

        addresses.ShouldBe([IPAddress.Loopback]);
    }

    [Fact]
    public async Task ResolveAsync_ResolverChoiceWithServer_UsesOurClientForAddressesToo()
    {
        var choice = ResolverChoice.For(FixedResolverThatMustNotBeAsked(), servers.Dns.EndPoint);

        var addresses = await choice.Addresses.ResolveAsync(RealMailServersFixture.StaleMx, CancellationToken.None);

        addresses.ShouldBe([IPAddress.Loopback]);
        choice.Records.Options.Servers.ShouldBe([servers.Dns.EndPoint]);
    }

    private static IHostResolver FixedResolverThatMustNotBeAsked() => Check.FixedResolver.MustNotBeAsked;
}
