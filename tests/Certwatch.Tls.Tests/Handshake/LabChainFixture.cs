using Certwatch.TestKit.Pki;

namespace Certwatch.Tls.Tests.Handshake;

/// <summary>One root → intermediate → leaf for localhost, shared by the probe tests (key generation is slow).</summary>
public sealed class LabChainFixture
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public TestChain Chain { get; } = TestPki.CreateChain("localhost", Now);

    /// <summary>A leaf with a 1024-bit RSA key, which OpenSSL refuses at its default security level.</summary>
    public TestChain WeakKeyChain { get; } = TestPki.CreateChain("localhost", Now, leaf: s => s with { Key = TestKey.Rsa(1024) });
}
