using Certwatch.Scanning.Scan.Assessment;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>Published DH primes are recognised by value, whatever the encoding's leading zeros.</summary>
public sealed class CommonDhPrimesTests
{
    public static TheoryData<string, string, int> KnownCases => new()
    {
        { DhPrimes.Rfc2409Group2, "modp_1024", 1024 },
        { "00" + DhPrimes.Rfc2409Group2, "modp_1024", 1024 },
        { DhPrimes.Ffdhe2048, "ffdhe2048", 2048 },
    };

    [Theory]
    [MemberData(nameof(KnownCases))]
    public void Find_PublishedPrime_NamesItsGroup(string hex, string name, int bits)
    {
        var known = CommonDhPrimes.Find(DhPrimes.FromHex(hex)).ShouldNotBeNull();

        known.Name.ShouldBe(name);
        known.Bits.ShouldBe(bits);
    }

    [Fact]
    public void Find_ServerSpecificPrime_IsNotCommon()
    {
        CommonDhPrimes.Find(DhPrimes.Custom(1024)).ShouldBeNull();
        CommonDhPrimes.Find([]).ShouldBeNull();
    }

    [Fact]
    public void All_CoversRfc2409Rfc3526Rfc5114AndRfc7919()
    {
        CommonDhPrimes.All.Select(p => p.Name).ShouldBe(
            ["modp_768", "modp_1024", "dh_1024_160", "modp_1536", "modp_2048", "dh_2048_224", "dh_2048_256", "modp_3072", "modp_4096", "modp_6144", "modp_8192",
             "ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192"], ignoreOrder: true);
        CommonDhPrimes.All.Single(p => p.Name == "modp_768").Bits.ShouldBe(768);
        CommonDhPrimes.All.Single(p => p.Name == "dh_1024_160").Bits.ShouldBe(1024);
        CommonDhPrimes.All.Single(p => p.Name == "ffdhe8192").Bits.ShouldBe(8192);
    }
}
