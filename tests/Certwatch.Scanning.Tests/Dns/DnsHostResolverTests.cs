using System.Net;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Resolution;
using Certwatch.TestKit.Dns;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class DnsHostResolverTests
{
    private static DnsHostResolver ResolverFor(FakeDnsServer server, double timeoutSeconds = 5) =>
        new(new DnsClient(new DnsClientOptions([server.EndPoint]) { Timeout = TimeSpan.FromSeconds(timeoutSeconds), Attempts = 1 }));

    [Fact]
    public async Task ResolveAsync_AliasWithBothFamilies_ReturnsEveryAddress()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("www.example.com", FakeDnsResponse.Cname, FakeRdata.Name("web.example.com")),
            ("web.example.com", FakeDnsResponse.A, FakeRdata.Address("192.0.2.5")),
            ("web.example.com", FakeDnsResponse.Aaaa, FakeRdata.Address("2001:db8::5"))));

        var addresses = await ResolverFor(server).ResolveAsync("www.example.com", CancellationToken.None);

        addresses.ShouldBe([IPAddress.Parse("192.0.2.5"), IPAddress.Parse("2001:db8::5")]);
    }

    [Fact]
    public async Task ResolveAsync_NxDomain_SaysNoSuchHost()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering());

        var error = await Should.ThrowAsync<HostResolutionException>(() => ResolverFor(server).ResolveAsync("gone.example", CancellationToken.None));

        error.Message.ShouldBe("cannot resolve 'gone.example': no such host");
    }

    [Fact]
    public async Task ResolveAsync_NameWithoutAddresses_SaysNoAOrAaaaRecord()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(("mail.example", FakeDnsResponse.Mx, FakeRdata.Mx(10, "mx.example"))));

        var error = await Should.ThrowAsync<HostResolutionException>(() => ResolverFor(server).ResolveAsync("mail.example", CancellationToken.None));

        error.Message.ShouldBe("cannot resolve 'mail.example': no A or AAAA record");
    }

    [Fact]
    public async Task ResolveAsync_ServFail_NamesTheServerAndRcode()
    {
        await using var server = FakeDnsServer.Start(q => FakeDnsReply.Of(FakeDnsResponse.To(q).WithRcode(2).Build()));

        var error = await Should.ThrowAsync<HostResolutionException>(() => ResolverFor(server).ResolveAsync("broken.example", CancellationToken.None));

        error.Message.ShouldBe($"cannot resolve 'broken.example': DNS server {server.EndPoint} answered SERVFAIL");
    }

    [Fact]
    public async Task ResolveAsync_SilentServer_SaysTimeout()
    {
        await using var server = FakeDnsServer.Start(_ => FakeDnsReply.Silence);

        var error = await Should.ThrowAsync<HostResolutionException>(() => ResolverFor(server, 0.3).ResolveAsync("quiet.example", CancellationToken.None));

        error.Message.ShouldStartWith("cannot resolve 'quiet.example': no answer for quiet.example A");
        error.Message.ShouldEndWith("timeout after 0.3s");
    }

    [Theory]
    [InlineData("192.0.2.9", new[] { "192.0.2.9" })]
    [InlineData("localhost", new[] { "127.0.0.1", "::1" })]
    [InlineData("lab.localhost.", new[] { "127.0.0.1", "::1" })]
    public async Task ResolveAsync_LiteralsAndLocalhost_AnsweredWithoutDns(string host, string[] expected)
    {
        await using var server = FakeDnsServer.Start(_ => FakeDnsReply.Silence);

        var addresses = await ResolverFor(server).ResolveAsync(host, CancellationToken.None);

        addresses.ShouldBe([.. expected.Select(IPAddress.Parse)]);
        server.Queries.ShouldBeEmpty();
    }

    [Fact]
    public async Task ResolveAsync_InvalidTld_NoSuchHostWithoutDns()
    {
        await using var server = FakeDnsServer.Start(_ => FakeDnsReply.Silence);

        var error = await Should.ThrowAsync<HostResolutionException>(() => ResolverFor(server).ResolveAsync("x.invalid", CancellationToken.None));

        error.Message.ShouldBe("cannot resolve 'x.invalid': no such host");
        server.Queries.ShouldBeEmpty();
    }
}
