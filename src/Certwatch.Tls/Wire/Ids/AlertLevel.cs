using System.Collections.Frozen;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A TLS alert level (RFC 5246 §7.2).
/// Keeps unknown values (rustls <c>enum_builder!</c>): a value we have no name for still round-trips and prints in hex.
/// </summary>
public readonly record struct AlertLevel(byte Value)
{
    /// <summary>warning (0x01).</summary>
    public static readonly AlertLevel Warning = new(0x01);

    /// <summary>fatal (0x02).</summary>
    public static readonly AlertLevel Fatal = new(0x02);

    // RFC 5246 §7.2.
    private static readonly FrozenDictionary<byte, string> Names = new Dictionary<byte, string>
    {
        [0x01] = "warning",
        [0x02] = "fatal",
    }.ToFrozenDictionary();

    /// <summary>The registry name, or null for a value we do not know.</summary>
    public string? Name => Names.GetValueOrDefault(Value);

    public override string ToString() => Name ?? $"0x{Value:X2}";
}
