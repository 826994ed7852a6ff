using System.Collections.Frozen;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A three-byte SSLv2 CIPHER-KIND (SSL 2.0 draft, Appendix C). In an SSLv2-format ClientHello a TLS suite is
/// written as 0x00 followed by its two-byte id, so <see cref="AsTlsCipherSuite"/> recovers those.
/// </summary>
public readonly record struct Ssl2CipherKind(int Value)
{
    public static readonly Ssl2CipherKind Rc4128WithMd5 = new(0x010080);
    public static readonly Ssl2CipherKind Rc4128Export40WithMd5 = new(0x020080);
    public static readonly Ssl2CipherKind Rc2128CbcWithMd5 = new(0x030080);
    public static readonly Ssl2CipherKind Rc2128CbcExport40WithMd5 = new(0x040080);
    public static readonly Ssl2CipherKind Idea128CbcWithMd5 = new(0x050080);
    public static readonly Ssl2CipherKind Des64CbcWithMd5 = new(0x060040);
    public static readonly Ssl2CipherKind Des192Ede3CbcWithMd5 = new(0x0700C0);

    // SSL 2.0 draft Appendix C; key bits are the secret key size, export kinds reveal all but 40 bits.
    private static readonly FrozenDictionary<int, (string Name, int KeyBits, bool Export)> Known =
        new Dictionary<int, (string, int, bool)>
        {
            [0x010080] = ("SSL_CK_RC4_128_WITH_MD5", 128, false),
            [0x020080] = ("SSL_CK_RC4_128_EXPORT40_WITH_MD5", 40, true),
            [0x030080] = ("SSL_CK_RC2_128_CBC_WITH_MD5", 128, false),
            [0x040080] = ("SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5", 40, true),
            [0x050080] = ("SSL_CK_IDEA_128_CBC_WITH_MD5", 128, false),
            [0x060040] = ("SSL_CK_DES_64_CBC_WITH_MD5", 56, false),
            [0x0700C0] = ("SSL_CK_DES_192_EDE3_CBC_WITH_MD5", 168, false),
        }.ToFrozenDictionary();

    public static IReadOnlyCollection<Ssl2CipherKind> AllKnown { get; } = [.. Known.Keys.Order().Select(k => new Ssl2CipherKind(k))];

    public string? Name => Known.TryGetValue(Value, out var kind) ? kind.Name : null;

    /// <summary>Secret key bits (40 for export kinds), or null for an unknown kind.</summary>
    public int? KeyBits => Known.TryGetValue(Value, out var kind) ? kind.KeyBits : null;

    public bool IsExport => Known.TryGetValue(Value, out var kind) && kind.Export;

    /// <summary>The TLS suite a 0x00xxxx kind stands for in an SSLv2-compatible hello, else null.</summary>
    public CipherSuiteId? AsTlsCipherSuite => (Value >> 16) == 0 ? new CipherSuiteId((ushort)Value) : null;

    public static Ssl2CipherKind FromTlsCipherSuite(CipherSuiteId suite) => new(suite.Value);

    public override string ToString() => Name ?? AsTlsCipherSuite?.ToString() ?? $"0x{Value:X6}";
}
