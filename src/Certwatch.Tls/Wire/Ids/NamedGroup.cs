namespace Certwatch.Tls.Wire;

/// <summary>
/// A key-exchange group (RFC 8446 §4.2.7, IANA "TLS Supported Groups"; called named curves in RFC 4492).
/// Names and sizes come from <see cref="NamedGroupRegistry"/>; unknown values are kept and print in hex.
/// </summary>
public readonly record struct NamedGroup(ushort Value)
{
    public static readonly NamedGroup Secp256r1 = new(0x0017);
    public static readonly NamedGroup Secp384r1 = new(0x0018);
    public static readonly NamedGroup Secp521r1 = new(0x0019);
    public static readonly NamedGroup X25519 = new(0x001D);
    public static readonly NamedGroup X448 = new(0x001E);
    public static readonly NamedGroup Ffdhe2048 = new(0x0100);
    public static readonly NamedGroup Ffdhe3072 = new(0x0101);
    public static readonly NamedGroup Ffdhe4096 = new(0x0102);
    public static readonly NamedGroup SecP256r1MlKem768 = new(0x11EB);
    public static readonly NamedGroup X25519MlKem768 = new(0x11EC);
    public static readonly NamedGroup SecP384r1MlKem1024 = new(0x11ED);

    public string? Name => NamedGroupRegistry.Find(this)?.Name;

    public bool IsGrease => Grease.IsGrease(Value);

    public override string ToString() =>
        Name ?? (IsGrease ? $"GREASE(0x{Value:X4})" : $"0x{Value:X4}");
}
