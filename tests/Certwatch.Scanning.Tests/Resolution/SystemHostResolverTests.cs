using System.Net;
using Certwatch.Scanning.Resolution;

namespace Certwatch.Scanning.Tests.Resolution;

public sealed class SystemHostResolverTests
{
    private readonly SystemHostResolver _resolver = new();

    [Theory]
    [InlineData("nothing.invalid")]
    [InlineData("www.NOTHING.invalid.")]
    public async Task ResolveAsync_InvalidTld_FailsWithOneLineNoSuchHost(string host)
    {
        var error = await Should.ThrowAsync<HostResolutionException>(() => _resolver.ResolveAsync(host, CancellationToken.None));

        error.Message.ShouldBe($"cannot resolve '{host}': no such host");
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task ResolveAsync_IpLiteral_ReturnsItWithoutLookup(string literal)
    {
        var addresses = await _resolver.ResolveAsync(literal, CancellationToken.None);

        addresses.ShouldBe([IPAddress.Parse(literal)]);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("www.lab.localhost")]
    public async Task ResolveAsync_LocalhostNames_ReturnOnlyLoopback(string host)
    {
        var addresses = await _resolver.ResolveAsync(host, CancellationToken.None);

        addresses.ShouldNotBeEmpty();
        addresses.ShouldAllBe(a => IPAddress.IsLoopback(a));
    }
}
