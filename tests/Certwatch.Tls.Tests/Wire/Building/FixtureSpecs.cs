using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Building;

/// <summary>The ClientHelloSpecs that produced the captured fixture hellos (see Fixtures/README.md).</summary>
internal static class FixtureSpecs
{
    private static readonly ClientHelloSpec Tls12 = new()
    {
        Random = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(),
        CipherSuites = [new(0xC02F)],
        ServerName = "wire.test",
        SupportedGroups = [NamedGroup.Secp256r1],
        EcPointFormats = [0],
        SignatureAlgorithms = [SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPkcs1Sha256, SignatureScheme.EcdsaSecp256r1Sha256],
        RenegotiationInfo = ReadOnlyMemory<byte>.Empty,
        ExtendedMasterSecret = true,
    };

    private static readonly ClientHelloSpec Tls13 = Tls12 with
    {
        CipherSuites = [new(0x1301)],
        SupportedVersions = [ProtocolVersion.Tls13],
        SupportedGroups = [NamedGroup.X25519],
        KeyShares = [new KeyShareEntry(NamedGroup.X25519, Enumerable.Range(0, 32).Select(i => (byte)(0x40 + i)).ToArray())],
        PskKeyExchangeModes = [1],
    };

    public static ClientHelloSpec For(string name) => name switch
    {
        "tls12-ecdhe-rsa" => Tls12,
        "tls12-dhe-rsa" => Tls12 with { CipherSuites = [new(0x009E)] },
        "tls12-no-shared-cipher" => Tls12 with { CipherSuites = [new(0x0004)] },
        "tls13-x25519" => Tls13,
        "tls13-hello-retry" => Tls13 with { KeyShares = [] },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such fixture"),
    };
}
