using Certwatch.TestKit.Pki;

namespace Certwatch.Scanning.Tests.Aia;

/// <summary>One root → "Lab Issuing CA" → leaf chain per test class (RSA key generation is slow).</summary>
public sealed class AiaPkiFixture
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public TestChain Chain { get; } = TestPki.CreateChain("aia.lab.test", Now, intermediate: s => s with { Subject = "CN=Lab Issuing CA" });

    /// <summary>The same leaf key and issuer, with the caIssuers URL pointing at <paramref name="url"/>.</summary>
    public IssuedCertificate LeafWithAia(string url) =>
        (TestPki.LeafSpec("aia.lab.test", Chain.Intermediate, Now, Chain.Leaf.Key) with { CaIssuersUrls = [url] }).Issue();
}
