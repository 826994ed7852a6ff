using Certwatch.Scanning.Scan.Assessment;
using Certwatch.Tls.Wire;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>Which registry suites each rule treats as RC4, 64-bit block, CBC, NULL, anonymous or sub-112-bit.</summary>
public sealed class CipherTraitsTests
{
    [Theory]
    // suite, RC4, 64-bit block, CBC, NULL, anonymous, weak (< 112 bits, not export)
    [InlineData("RC4-SHA", true, false, false, false, false, false)]
    [InlineData("EXP-RC4-MD5", true, false, false, false, false, false)]
    [InlineData("DES-CBC3-SHA", false, true, true, false, false, false)]
    [InlineData("DES-CBC-SHA", false, true, true, false, false, true)]
    [InlineData("TLS_RSA_WITH_IDEA_CBC_SHA", false, true, true, false, false, false)]
    [InlineData("TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC", false, true, false, false, false, false)]
    [InlineData("AES128-SHA", false, false, true, false, false, false)]
    [InlineData("ECDHE-RSA-AES128-GCM-SHA256", false, false, false, false, false, false)]
    [InlineData("NULL-SHA", false, false, false, true, false, false)]
    [InlineData("ADH-AES128-SHA", false, false, true, false, true, false)]
    [InlineData("TLS_AES_128_GCM_SHA256", false, false, false, false, false, false)]
    public void Traits_RegistrySuite_ClassifiedAsTheAttacksNeed(string name, bool rc4, bool smallBlock, bool cbc, bool isNull, bool anonymous, bool weak)
    {
        var suite = CipherSuiteRegistry.FindByName(name).ShouldNotBeNull();

        (CipherTraits.IsRc4(suite), CipherTraits.HasSmallBlock(suite), CipherTraits.IsCbc(suite), CipherTraits.IsNull(suite), CipherTraits.IsAnonymous(suite), CipherTraits.IsWeakNonExport(suite))
            .ShouldBe((rc4, smallBlock, cbc, isNull, anonymous, weak));
    }

    [Fact]
    public void IsNull_SignalingValues_AreNotNullSuites()
    {
        CipherTraits.IsNull(CipherSuiteRegistry.Find(CipherSuiteId.EmptyRenegotiationInfoScsv)!).ShouldBeFalse();
    }
}
