using Certwatch.Scanning.Caa;

namespace Certwatch.Scanning.Tests.Caa;

public sealed class CertificateAuthoritiesTests
{
    [Theory]
    [InlineData("CN=R10, O=Let's Encrypt, C=US", "Let's Encrypt", "letsencrypt.org")]
    [InlineData("CN=WR2, O=Google Trust Services, C=US", "Google Trust Services", "pki.goog")]
    [InlineData("CN=Amazon RSA 2048 M02, O=Amazon, C=US", "Amazon", "amazon.com")]
    [InlineData("CN=Sectigo RSA Domain Validation Secure Server CA, O=Sectigo Limited, L=Salford, C=GB", "Sectigo", "sectigo.com")]
    [InlineData("CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US", "DigiCert", "digicert.com")]
    [InlineData("CN=GlobalSign GCC R3 DV TLS CA 2020, O=GlobalSign nv-sa, C=BE", "GlobalSign", "globalsign.com")]
    [InlineData("CN=ZeroSSL RSA Domain Secure Site CA, O=ZeroSSL, C=AT", "ZeroSSL (Sectigo)", "sectigo.com")]
    public void ByIssuer_KnownCa_NamesItsCaaDomains(string issuer, string name, string firstDomain)
    {
        var entry = CertificateAuthorities.ByIssuer(issuer).ShouldNotBeNull();

        entry.Name.ShouldBe(name);
        entry.CaaDomains[0].ShouldBe(firstDomain);
    }

    [Fact]
    public void ByIssuer_PrivateCa_IsUnknown()
    {
        CertificateAuthorities.ByIssuer("CN=Certwatch Lab Issuing CA, O=Certwatch Lab").ShouldBeNull();
    }
}
