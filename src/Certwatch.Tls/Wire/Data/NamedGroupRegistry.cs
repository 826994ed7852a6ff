using System.Collections.Frozen;

namespace Certwatch.Tls.Wire;

/// <summary>
/// The IANA TLS Supported Groups registry as a C# table (RFC 8422 §5.1.1, RFC 7919 §2, RFC 8446 §4.2.7, RFC 8734,
/// RFC 9189, draft-ietf-tls-mlkem and draft-ietf-tls-ecdhe-mlkem for the ML-KEM code points; 0x6399/0x639A are the
/// obsolete Kyber drafts Chrome 124–130 sent).
/// </summary>
public static class NamedGroupRegistry
{
    private static readonly NamedGroupInfo[] Rows =
    [
        new(new(0x0001), "sect163k1", GroupKind.EllipticCurve, 163),
        new(new(0x0002), "sect163r1", GroupKind.EllipticCurve, 163),
        new(new(0x0003), "sect163r2", GroupKind.EllipticCurve, 163),
        new(new(0x0004), "sect193r1", GroupKind.EllipticCurve, 193),
        new(new(0x0005), "sect193r2", GroupKind.EllipticCurve, 193),
        new(new(0x0006), "sect233k1", GroupKind.EllipticCurve, 233),
        new(new(0x0007), "sect233r1", GroupKind.EllipticCurve, 233),
        new(new(0x0008), "sect239k1", GroupKind.EllipticCurve, 239),
        new(new(0x0009), "sect283k1", GroupKind.EllipticCurve, 283),
        new(new(0x000A), "sect283r1", GroupKind.EllipticCurve, 283),
        new(new(0x000B), "sect409k1", GroupKind.EllipticCurve, 409),
        new(new(0x000C), "sect409r1", GroupKind.EllipticCurve, 409),
        new(new(0x000D), "sect571k1", GroupKind.EllipticCurve, 571),
        new(new(0x000E), "sect571r1", GroupKind.EllipticCurve, 571),
        new(new(0x000F), "secp160k1", GroupKind.EllipticCurve, 160),
        new(new(0x0010), "secp160r1", GroupKind.EllipticCurve, 160),
        new(new(0x0011), "secp160r2", GroupKind.EllipticCurve, 160),
        new(new(0x0012), "secp192k1", GroupKind.EllipticCurve, 192),
        new(new(0x0013), "secp192r1", GroupKind.EllipticCurve, 192),
        new(new(0x0014), "secp224k1", GroupKind.EllipticCurve, 224),
        new(new(0x0015), "secp224r1", GroupKind.EllipticCurve, 224),
        new(new(0x0016), "secp256k1", GroupKind.EllipticCurve, 256),
        new(new(0x0017), "secp256r1", GroupKind.EllipticCurve, 256),
        new(new(0x0018), "secp384r1", GroupKind.EllipticCurve, 384),
        new(new(0x0019), "secp521r1", GroupKind.EllipticCurve, 521),
        new(new(0x001A), "brainpoolP256r1", GroupKind.EllipticCurve, 256),
        new(new(0x001B), "brainpoolP384r1", GroupKind.EllipticCurve, 384),
        new(new(0x001C), "brainpoolP512r1", GroupKind.EllipticCurve, 512),
        new(new(0x001D), "x25519", GroupKind.EllipticCurve, 255),
        new(new(0x001E), "x448", GroupKind.EllipticCurve, 448),
        new(new(0x001F), "brainpoolP256r1tls13", GroupKind.EllipticCurve, 256),
        new(new(0x0020), "brainpoolP384r1tls13", GroupKind.EllipticCurve, 384),
        new(new(0x0021), "brainpoolP512r1tls13", GroupKind.EllipticCurve, 512),
        new(new(0x0022), "GC256A", GroupKind.EllipticCurve, 256),
        new(new(0x0023), "GC256B", GroupKind.EllipticCurve, 256),
        new(new(0x0024), "GC256C", GroupKind.EllipticCurve, 256),
        new(new(0x0025), "GC256D", GroupKind.EllipticCurve, 256),
        new(new(0x0026), "GC512A", GroupKind.EllipticCurve, 512),
        new(new(0x0027), "GC512B", GroupKind.EllipticCurve, 512),
        new(new(0x0028), "GC512C", GroupKind.EllipticCurve, 512),
        new(new(0x0029), "curveSM2", GroupKind.EllipticCurve, 256),
        new(new(0x0100), "ffdhe2048", GroupKind.FiniteField, 2048),
        new(new(0x0101), "ffdhe3072", GroupKind.FiniteField, 3072),
        new(new(0x0102), "ffdhe4096", GroupKind.FiniteField, 4096),
        new(new(0x0103), "ffdhe6144", GroupKind.FiniteField, 6144),
        new(new(0x0104), "ffdhe8192", GroupKind.FiniteField, 8192),
        new(new(0x0200), "MLKEM512", GroupKind.PostQuantum, 0),
        new(new(0x0201), "MLKEM768", GroupKind.PostQuantum, 0),
        new(new(0x0202), "MLKEM1024", GroupKind.PostQuantum, 0),
        new(new(0x11EB), "SecP256r1MLKEM768", GroupKind.Hybrid, 256),
        new(new(0x11EC), "X25519MLKEM768", GroupKind.Hybrid, 255),
        new(new(0x11ED), "SecP384r1MLKEM1024", GroupKind.Hybrid, 384),
        new(new(0x6399), "X25519Kyber768Draft00", GroupKind.Hybrid, 255),
        new(new(0x639A), "SecP256r1Kyber768Draft00", GroupKind.Hybrid, 256),
        new(new(0xFF01), "arbitrary_explicit_prime_curves", GroupKind.Explicit, 0),
        new(new(0xFF02), "arbitrary_explicit_char2_curves", GroupKind.Explicit, 0),
    ];

    private static readonly FrozenDictionary<ushort, NamedGroupInfo> ById = Rows.ToFrozenDictionary(r => r.Id.Value);

    private static readonly FrozenDictionary<string, NamedGroupInfo> ByName =
        Rows.ToFrozenDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<NamedGroupInfo> All => Rows;

    public static NamedGroupInfo? Find(NamedGroup group) => ById.GetValueOrDefault(group.Value);

    public static NamedGroupInfo? FindByName(string name) => ByName.GetValueOrDefault(name);
}
