using Certwatch.TestKit.Pki;

namespace Certwatch.Cli.Tests.Scan.RealServers;

/// <summary>One test PKI (RSA keys) for every real-server test class: key generation is the slow part.</summary>
internal static class RealServerChain
{
    private static readonly Lazy<TestChain> Shared = new(() => TestPki.CreateChain("localhost", TimeProvider.System.GetUtcNow()));

    public static TestChain Chain => Shared.Value;

    public static IReadOnlyList<string> ServedThumbprints => [Chain.Leaf.Certificate.Thumbprint, Chain.Intermediate.Certificate.Thumbprint];
}
