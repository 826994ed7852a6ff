using Certwatch.Scanning.Caa;

namespace Certwatch.Scanning.Tests.Caa;

public sealed class CaaIssuerValueTests
{
    [Theory]
    [InlineData("letsencrypt.org", "letsencrypt.org")]
    [InlineData("  DigiCert.COM ", "digicert.com")]
    [InlineData("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1", "letsencrypt.org")]
    [InlineData("pki.goog;", "pki.goog")]
    [InlineData(";", "")]
    [InlineData("", "")]
    [InlineData("  ;  ", "")]
    public void IssuerDomain_WellFormed_ReturnsLowerCaseDomainOrEmptyForNoCa(string value, string expected)
    {
        CaaIssuerValue.IssuerDomain(value).ShouldBe(expected);
    }

    [Theory]
    [InlineData("lets encrypt.org")]
    [InlineData("-bad.example")]
    [InlineData("bad..example")]
    [InlineData("ca.example/path")]
    [InlineData("ca.example.")]
    public void IssuerDomain_Malformed_ReturnsNull(string value)
    {
        CaaIssuerValue.IssuerDomain(value).ShouldBeNull();
    }
}
