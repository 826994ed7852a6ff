using Certwatch.Scanning.Scan.Clients;
using Certwatch.Tls.Wire;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan.Clients;

/// <summary>The embedded client profiles: every data file loads, and the facts the simulation leans on are there.</summary>
public sealed class ClientProfileCatalogTests
{
    [Fact]
    public void All_EveryDataFileLoadsWithVersionsSuitesGroupsAndSignatures()
    {
        ClientProfileCatalog.All.Count.ShouldBeGreaterThanOrEqualTo(12);
        ClientProfileCatalog.All.ShouldAllBe(p => p.Versions.Count > 0 && p.CipherSuites.Count > 0 && p.Groups.Count > 0 && p.SignatureAlgorithms.Count > 0 && p.Source.Length > 0);
        ClientProfileCatalog.All.Select(p => p.Id).ShouldBeUnique();
    }

    [Theory]
    [InlineData("chrome-131")]
    [InlineData("edge-131")]
    [InlineData("firefox-133")]
    [InlineData("safari-18")]
    [InlineData("android-4.4.2")]
    [InlineData("android-7.0")]
    [InlineData("android-14")]
    [InlineData("java-8u161")]
    [InlineData("java-11.0.2")]
    [InlineData("java-21")]
    [InlineData("openssl-1.0.2")]
    [InlineData("openssl-3")]
    [InlineData("ie-11-win7")]
    public void Find_RequiredClient_IsPresent(string id)
    {
        ClientProfileCatalog.Find(id).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("chrome-131", "TLSv1.3", "TLSv1.2", "X25519MLKEM768", "TLS_AES_128_GCM_SHA256")]
    [InlineData("firefox-133", "TLSv1.3", "TLSv1.2", "X25519MLKEM768", "TLS_AES_128_GCM_SHA256")]
    [InlineData("java-8u161", "TLSv1.2", "TLSv1.0", "secp256r1", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384")]
    [InlineData("ie-11-win7", "TLSv1.2", "TLSv1.0", "secp256r1", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384")]
    [InlineData("android-4.4.2", "TLSv1.2", "SSLv3", "secp521r1", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")]
    public void Find_Client_PublishedHelloFacts(string id, string newest, string oldest, string firstGroup, string firstSuite)
    {
        var client = ClientProfileCatalog.Find(id).ShouldNotBeNull();

        client.Versions[0].ToString().ShouldBe(newest);
        client.Versions[^1].ToString().ShouldBe(oldest);
        client.Groups[0].ToString().ShouldBe(firstGroup);
        client.CipherSuites[0].IanaName.ShouldBe(firstSuite);
    }

    [Fact]
    public void Find_Java8_CannotUseDhAbove2048Bits()
    {
        ClientProfileCatalog.Find("java-8u161")!.MaxDhBits.ShouldBe(2048);
    }

    [Fact]
    public void All_BrowsersComeFirst()
    {
        ClientProfileCatalog.All.TakeWhile(p => p.ModernBrowser).Select(p => p.Name)
            .ShouldBe(["Chrome 131", "Edge 131", "Firefox 133", "Safari 18"]);
        ClientProfileCatalog.Find("chrome-131")!.SignatureAlgorithms.ShouldContain(SignatureScheme.RsaPssRsaeSha256);
    }
}
