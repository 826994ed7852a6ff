using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>hstspreload's composition and TLS rules on recorded hops (no network).</summary>
public sealed class PreloadCheckerTests
{
    private const string Header = "max-age=31536000; includeSubDomains; preload";
    private static readonly WwwCheck NoWww = new("www.example.com", WwwCheckStatus.NotResolved, "NXDOMAIN");

    [Fact]
    public void Check_CannotConnect_StopsAfterTheDomainChecks()
    {
        var failed = Hop("https://www.example.com/", null, tls: null) with { Error = HttpHopError.ConnectFailed, ErrorMessage = "refused" };

        var result = PreloadChecker.Check("www.example.com", Chain(failed), null, NoWww, PublicSuffixList.Embedded);

        result.Issues.Select(i => i.Code).ShouldBe(["domain.is_subdomain", "domain.tls.cannot_connect"]);
    }

    [Theory]
    [InlineData("Tls13", "TLS_AES_128_GCM_SHA256", false)]
    [InlineData("Tls12", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", false)]
    [InlineData("Tls12", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", false)]
    [InlineData("Tls12", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", true)]
    [InlineData("Tls12", "TLS_RSA_WITH_AES_128_GCM_SHA256", true)]
    [InlineData("Tls12", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", true)]
    public void Check_NegotiatedSuite_WarnsWhenObsolete(string protocol, string suite, bool obsolete)
    {
        var hop = Hop("https://example.com/", Header, new HttpTlsFacts(protocol, suite, true, null, false));

        var result = PreloadChecker.Check("example.com", Chain(hop), null, NoWww, PublicSuffixList.Embedded);

        result.Warnings.Any(i => i.Code == "tls.obsolete_cipher_suite").ShouldBe(obsolete);
        result.Eligible.ShouldBeTrue(); // a warning never blocks submission
    }

    [Fact]
    public void Check_Sha1InChain_IsAnError()
    {
        var hop = Hop("https://example.com/", Header, new HttpTlsFacts("Tls13", "TLS_AES_128_GCM_SHA256", true, null, Sha1InChain: true));

        var result = PreloadChecker.Check("example.com", Chain(hop), null, NoWww, PublicSuffixList.Embedded);

        result.Errors.Select(i => i.Code).ShouldBe(["domain.tls.sha1"]);
    }

    [Fact]
    public void Check_WwwTlsFails_IsDomainWwwNoTls()
    {
        var hop = Hop("https://example.com/", Header, Trusted);
        var www = new WwwCheck("www.example.com", WwwCheckStatus.TlsFails, "TLS handshake failed");

        var result = PreloadChecker.Check("example.com", Chain(hop), null, www, PublicSuffixList.Embedded);

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("domain.www.no_tls");
    }

    [Fact]
    public void Check_HttpsChainFailsAfterARedirect_IsFollowError()
    {
        var first = Hop("https://example.com/", Header, Trusted) with { StatusCode = 301, Location = "/next", NextUrl = "https://example.com/next" };
        var broken = Hop("https://example.com/next", null, Trusted) with { StatusCode = null, Error = HttpHopError.Timeout, ErrorMessage = "slow" };
        var chain = new RedirectChain(first.Url, [first, broken], RedirectChainOutcome.HopFailed, "https://example.com/next: slow");

        var result = PreloadChecker.Check("example.com", chain, null, NoWww, PublicSuffixList.Embedded);

        result.Errors.Select(i => i.Code).ShouldBe(["redirects.follow_error"]);
    }

    private static readonly HttpTlsFacts Trusted = new("Tls13", "TLS_AES_128_GCM_SHA256", true, null, false);

    private static HttpHop Hop(string url, string? hsts, HttpTlsFacts? tls) =>
        new(url, "127.0.0.1", 200, null, null, hsts is null ? [] : [new HttpHeaderField("Strict-Transport-Security", hsts)],
            TimeSpan.Zero, HttpHopError.None, null, tls);

    private static RedirectChain Chain(HttpHop hop) =>
        new(hop.Url, [hop], hop.Answered ? RedirectChainOutcome.Completed : RedirectChainOutcome.HopFailed, "done");
}
