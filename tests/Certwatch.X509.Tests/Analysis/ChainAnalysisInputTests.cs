using Certwatch.Core.Findings;
using Certwatch.X509.Analysis;
using Certwatch.X509.Trust;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Analysis;

public class ChainAnalysisInputTests
{
    [Theory]
    [InlineData("system: /etc/ssl/certs/ca-certificates.crt", null, true)]
    [InlineData("system (SSL_CERT_FILE): /tmp/bundle.pem", null, true)]
    [InlineData("/etc/certwatch/private-ca.pem", null, false)]
    [InlineData("system-ca.pem", null, false)]
    [InlineData("/etc/certwatch/private-ca.pem", true, true)]
    public void AnchorsArePublicResolved_StoreName_SystemStoresArePublic(string storeName, bool? given, bool expected)
    {
        var input = new ChainAnalysisInput([], [], new TrustStore(storeName, []), HandMadeChain.Now, "a.test", ExpiryPolicy.Default, false, null)
        {
            AnchorsArePublic = given,
        };

        input.AnchorsArePublicResolved.ShouldBe(expected);
    }
}
