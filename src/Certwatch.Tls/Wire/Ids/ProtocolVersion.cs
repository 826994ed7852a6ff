using System.Collections.Frozen;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A protocol version as it appears on the wire: record and legacy_version fields, supported_versions entries
/// (RFC 8446 §4.2.1), and the SSLv2 version field (0x0002). Keeps unknown values and prints them in hex.
/// </summary>
public readonly record struct ProtocolVersion(ushort Value)
{
    public static readonly ProtocolVersion Ssl2 = new(0x0002);
    public static readonly ProtocolVersion Ssl3 = new(0x0300);
    public static readonly ProtocolVersion Tls10 = new(0x0301);
    public static readonly ProtocolVersion Tls11 = new(0x0302);
    public static readonly ProtocolVersion Tls12 = new(0x0303);
    public static readonly ProtocolVersion Tls13 = new(0x0304);

    private static readonly FrozenDictionary<ushort, string> Names = new Dictionary<ushort, string>
    {
        [0x0002] = "SSLv2",
        [0x0300] = "SSLv3",
        [0x0301] = "TLSv1.0",
        [0x0302] = "TLSv1.1",
        [0x0303] = "TLSv1.2",
        [0x0304] = "TLSv1.3",
        [0xFEFF] = "DTLSv1.0",
        [0xFEFD] = "DTLSv1.2",
        [0xFEFC] = "DTLSv1.3",
    }.ToFrozenDictionary();

    public byte Major => (byte)(Value >> 8);

    public byte Minor => (byte)Value;

    /// <summary>The conventional name ("TLSv1.2"), or null for a value we do not know.</summary>
    public string? Name => Names.GetValueOrDefault(Value) ?? DraftName();

    // TLS 1.3 drafts were numbered 0x7F00 + draft (RFC 8446 §4.2.1 note); some old middleboxes still send them.
    private string? DraftName() => Major == 0x7F ? $"TLSv1.3-draft-{Minor}" : null;

    public override string ToString() =>
        Name ?? (Grease.IsGrease(Value) ? $"GREASE(0x{Value:X4})" : $"0x{Value:X4}");
}
