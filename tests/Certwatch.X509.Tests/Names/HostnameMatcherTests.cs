using System.Net;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Model;
using Certwatch.X509.Names;

namespace Certwatch.X509.Tests.Names;

public sealed class HostnameMatcherTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("www.example.test", "www.example.test", true)]
    [InlineData("WWW.Example.Test", "www.example.TEST", true)]
    [InlineData("www.example.test", "www.example.test.", true)]
    [InlineData("www.example.test.", "www.example.test", true)]
    [InlineData("www.example.test", "example.test", false)]
    [InlineData("www.example.test", "wwww.example.test", false)]
    [InlineData("*.example.test", "a.example.test", true)]
    [InlineData("*.example.test", "A.EXAMPLE.TEST.", true)]
    [InlineData("*.example.test", "a.b.example.test", false)]
    [InlineData("*.example.test", "example.test", false)]
    [InlineData("*.example.test", ".example.test", false)]
    [InlineData("*.com", "example.com", false)]
    [InlineData("f*.example.test", "foo.example.test", false)]
    [InlineData("*o.example.test", "foo.example.test", false)]
    [InlineData("www.*.test", "www.example.test", false)]
    [InlineData("*.*.test", "a.example.test", false)]
    [InlineData("www.example.test", "", false)]
    [InlineData("www.example.test", "www..example.test", false)]
    public void Match_DnsReferenceAgainstDnsSan(string sanName, string reference, bool expected)
    {
        var leaf = Leaf(dnsNames: [sanName]);

        var match = HostnameMatcher.Match(leaf, reference);

        match.Matched.ShouldBe(expected);
        match.MatchedOnlyCommonName.ShouldBeFalse();
        match.ExpectedName.ShouldBe(reference);
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("127.0.0.1", "127.0.0.2", false)]
    [InlineData("::1", "::1", true)]
    [InlineData("::1", "[::1]", true)]
    [InlineData("::1", "0:0:0:0:0:0:0:1", true)]
    [InlineData("::1", "127.0.0.1", false)]
    [InlineData("127.0.0.1", "::ffff:127.0.0.1", false)]
    [InlineData("127.0.0.1", "localhost", false)]
    public void Match_ReferenceAgainstIpSan_ComparesAddressValues(string sanAddress, string reference, bool expected)
    {
        var leaf = Leaf(ipAddresses: [IPAddress.Parse(sanAddress)]);

        HostnameMatcher.Match(leaf, reference).Matched.ShouldBe(expected);
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("*.0.0.1", "127.0.0.1")]
    [InlineData("::1", "::1")]
    public void Match_IpReferenceAgainstDnsSan_NeverMatches(string sanName, string reference)
    {
        var leaf = Leaf(dnsNames: [sanName]);

        HostnameMatcher.Match(leaf, reference, allowCommonNameFallback: true).Matched.ShouldBeFalse();
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Match_CommonNameOnlyLeaf_MatchesOnlyWithFallback(bool allowFallback, bool expectedMatched)
    {
        var leaf = Leaf(subject: "CN=legacy.example.test, O=Old");

        var match = HostnameMatcher.Match(leaf, "LEGACY.example.test", allowFallback);

        match.Matched.ShouldBe(expectedMatched);
        match.MatchedOnlyCommonName.ShouldBeTrue();
        match.PresentedNames.ShouldBe(["legacy.example.test"]);
    }

    [Fact]
    public void Match_CommonNameOnlyLeafOtherName_IsNotACommonNameMatch()
    {
        var match = HostnameMatcher.Match(Leaf(subject: "CN=legacy.example.test"), "new.example.test", allowCommonNameFallback: true);

        match.Matched.ShouldBeFalse();
        match.MatchedOnlyCommonName.ShouldBeFalse();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Match_LeafWithAnySan_IgnoresCommonName(bool ipOnly)
    {
        var leaf = ipOnly
            ? Leaf(subject: "CN=legacy.example.test", ipAddresses: [IPAddress.Loopback])
            : Leaf(subject: "CN=legacy.example.test", dnsNames: ["other.example.test"]);

        var match = HostnameMatcher.Match(leaf, "legacy.example.test", allowCommonNameFallback: true);

        match.Matched.ShouldBeFalse();
        match.MatchedOnlyCommonName.ShouldBeFalse();
    }

    [Fact]
    public void Match_CommonNameIpLiteral_IsNotUsedForIpReference()
    {
        var match = HostnameMatcher.Match(Leaf(subject: "CN=127.0.0.1"), "127.0.0.1", allowCommonNameFallback: true);

        match.Matched.ShouldBeFalse();
    }

    [Fact]
    public void Match_PresentedNames_ListSanDnsNamesThenAddresses()
    {
        var leaf = Leaf(subject: "CN=ignored.example.test", dnsNames: ["a.example.test", "*.b.example.test"], ipAddresses: [IPAddress.Loopback, IPAddress.IPv6Loopback]);

        var match = HostnameMatcher.Match(leaf, "c.example.test");

        match.Matched.ShouldBeFalse();
        match.PresentedNames.ShouldBe(["a.example.test", "*.b.example.test", "127.0.0.1", "::1"]);
    }

    [Fact]
    public void Match_NoSanNoCommonName_PresentsNothing()
    {
        var match = HostnameMatcher.Match(Leaf(subject: "O=No Names"), "x.example.test", allowCommonNameFallback: true);

        match.Matched.ShouldBeFalse();
        match.PresentedNames.ShouldBeEmpty();
    }

    [Fact]
    public void Match_SecondSanName_Matches()
    {
        var leaf = Leaf(dnsNames: ["a.example.test", "*.example.org"]);

        HostnameMatcher.Match(leaf, "shop.example.org").Matched.ShouldBeTrue();
    }

    private static CertificateInfo Leaf(string subject = "CN=leaf", IReadOnlyList<string>? dnsNames = null, IReadOnlyList<IPAddress>? ipAddresses = null) =>
        new CertificateSpec
        {
            Subject = subject,
            NotBefore = Now,
            NotAfter = Now.AddDays(30),
            Key = TestKey.EcP256(),
            DnsNames = dnsNames ?? [],
            IpAddresses = ipAddresses ?? [],
        }.Issue().Info;
}
