using System.Net;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Resolution;
using Certwatch.Scanning.Tests.Check;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class ResolverChoiceTests
{
    [Fact]
    public void For_NoServer_SystemResolverForAddressesResolvConfForRecords()
    {
        var path = Path.Combine(Path.GetTempPath(), $"certwatch-resolv-{Guid.NewGuid():N}.conf");
        File.WriteAllText(path, "nameserver 127.0.0.53\n");
        try
        {
            var system = FixedResolver.MustNotBeAsked;

            var choice = ResolverChoice.For(system, null, path);

            choice.Addresses.ShouldBeSameAs(system);
            choice.Records.Options.Servers.ShouldBe([new IPEndPoint(IPAddress.Parse("127.0.0.53"), 53)]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void For_Server_OurClientForBoth()
    {
        var server = new IPEndPoint(IPAddress.Loopback, 5353);

        var choice = ResolverChoice.For(FixedResolver.MustNotBeAsked, server);

        choice.Addresses.ShouldBeOfType<DnsHostResolver>();
        choice.Records.Options.Servers.ShouldBe([server]);
    }
}
