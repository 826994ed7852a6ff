using Certwatch.Scanning.Aia;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.X509.Trust;

namespace Certwatch.Scanning.Tests.Aia;

public sealed class AiaChainCompleterTests(AiaPkiFixture pki) : IClassFixture<AiaPkiFixture>
{
    private static readonly NetworkFetchOptions Options = NetworkFetchOptions.Default with { Timeout = TimeSpan.FromSeconds(1) };

    private TrustStore Trust => new("test", [pki.Chain.Root.Info]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CompleteAsync_IntermediateServedAsDerOrPkcs7_DownloadsIt(bool asPkcs7)
    {
        await using var aia = new AiaServer();
        var url = aia.Serve("int.der", asPkcs7, pki.Chain.Intermediate);

        var fetches = await CompleteAsync(pki.LeafWithAia(url), Options);

        var fetch = fetches.ShouldHaveSingleItem();
        fetch.Url.ShouldBe(url);
        fetch.Error.ShouldBeNull();
        fetch.Certificates.ShouldHaveSingleItem().DisplayName.ShouldBe("Lab Issuing CA");
        aia.RequestCount.ShouldBe(1);
    }

    [Theory]
    [InlineData(AiaServerMode.Garbage, "neither a DER certificate")]
    [InlineData(AiaServerMode.Huge, "exceeds the 65536-byte limit")]
    [InlineData(AiaServerMode.Stall, "timed out after 1s")]
    public async Task CompleteAsync_MisbehavingServer_FailsWithReason(AiaServerMode mode, string reason)
    {
        await using var aia = new AiaServer { Mode = mode };

        var fetches = await CompleteAsync(pki.LeafWithAia(aia.Url("int.der")), Options);

        fetches.ShouldHaveSingleItem().Error.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public async Task CompleteAsync_NotFound_ReportsHttpStatus()
    {
        await using var aia = new AiaServer();

        var fetches = await CompleteAsync(pki.LeafWithAia(aia.Url("missing.der")), Options);

        fetches.ShouldHaveSingleItem().Error.ShouldBe("HTTP 404 Error");
    }

    [Fact]
    public async Task CompleteAsync_NetworkOff_FetchesNothing()
    {
        await using var aia = new AiaServer();
        var url = aia.Serve("int.der", false, pki.Chain.Intermediate);

        var fetches = await CompleteAsync(pki.LeafWithAia(url), NetworkFetchOptions.Disabled);

        fetches.ShouldBeEmpty();
        aia.RequestCount.ShouldBe(0);
    }

    [Fact]
    public async Task CompleteAsync_SameUrlTwiceInOneRun_FetchedOnce()
    {
        await using var aia = new AiaServer();
        var leaf = pki.LeafWithAia(aia.Serve("int.der", false, pki.Chain.Intermediate));
        using var fetcher = new BoundedHttpFetcher(Options);
        var completer = new AiaChainCompleter(fetcher, Options);

        await completer.CompleteAsync([leaf.Info], Trust, AiaPkiFixture.Now, CancellationToken.None);
        await completer.CompleteAsync([leaf.Info], Trust, AiaPkiFixture.Now, CancellationToken.None);

        aia.RequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task CompleteAsync_CompleteChain_FetchesNothing()
    {
        await using var aia = new AiaServer();
        var leaf = pki.LeafWithAia(aia.Serve("int.der", false, pki.Chain.Intermediate));
        using var fetcher = new BoundedHttpFetcher(Options);

        var fetches = await new AiaChainCompleter(fetcher, Options).CompleteAsync([leaf.Info, pki.Chain.Intermediate.Info], Trust, AiaPkiFixture.Now, CancellationToken.None);

        fetches.ShouldBeEmpty();
        aia.RequestCount.ShouldBe(0);
    }

    [Theory]
    [InlineData(3, 2, true)]
    [InlineData(1, 1, false)]
    public async Task CompleteAsync_TwoMissingLevels_ClimbsUpToMaxDepth(int maxDepth, int requests, bool reachesRoot)
    {
        await using var aia = new AiaServer();
        var options = Options with { MaxAiaDepth = maxDepth };
        var upper = (TestKit.Pki.TestPki.IntermediateSpec("CN=Lab Upper CA", pki.Chain.Root, AiaPkiFixture.Now, TestKit.Pki.TestKey.EcP256())
            with { BasicConstraints = TestKit.Pki.BasicConstraintsSpec.Ca(1) }).Issue();
        var lower = (TestKit.Pki.TestPki.IntermediateSpec("CN=Lab Lower CA", upper, AiaPkiFixture.Now, TestKit.Pki.TestKey.EcP256())
            with { CaIssuersUrls = [aia.Serve("upper.der", false, upper)] }).Issue();
        var leaf = (TestKit.Pki.TestPki.LeafSpec("aia.lab.test", lower, AiaPkiFixture.Now, pki.Chain.Leaf.Key)
            with { CaIssuersUrls = [aia.Serve("lower.p7c", true, lower)] }).Issue();
        using var fetcher = new BoundedHttpFetcher(options);

        var fetches = await new AiaChainCompleter(fetcher, options).CompleteAsync([leaf.Info], Trust, AiaPkiFixture.Now, CancellationToken.None);

        aia.RequestCount.ShouldBe(requests);
        var request = new X509.Chain.VerificationRequest([leaf.Info], Trust, AiaPkiFixture.Now, "aia.lab.test", X509.Chain.VerificationPolicy.Strict)
        {
            ExtraIssuers = [.. fetches.SelectMany(f => f.Certificates)],
        };
        X509.Chain.ChainVerifier.Verify(request).Best.EndsAtTrustAnchor.ShouldBe(reachesRoot);
    }

    [Fact]
    public async Task GetAsync_HttpsUrl_RefusedWithoutConnecting()
    {
        using var fetcher = new BoundedHttpFetcher(Options);

        var result = await fetcher.GetAsync("https://127.0.0.1:1/int.der", 1024, CancellationToken.None);

        result.Error.ShouldNotBeNull().ShouldStartWith("not an http:// URL");
    }

    private async Task<IReadOnlyList<X509.Chain.AiaFetchResult>> CompleteAsync(TestKit.Pki.IssuedCertificate leaf, NetworkFetchOptions options)
    {
        using var fetcher = new BoundedHttpFetcher(options);
        return await new AiaChainCompleter(fetcher, options).CompleteAsync([leaf.Info], Trust, AiaPkiFixture.Now, CancellationToken.None);
    }
}
