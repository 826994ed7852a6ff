using System.Collections.Frozen;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A TLS record content type (RFC 8446 §5.1, IANA "TLS ContentType").
/// Keeps unknown values (rustls <c>enum_builder!</c>): a value we have no name for still round-trips and prints in hex.
/// </summary>
public readonly record struct ContentType(byte Value)
{
    /// <summary>change_cipher_spec (0x14).</summary>
    public static readonly ContentType ChangeCipherSpec = new(0x14);

    /// <summary>alert (0x15).</summary>
    public static readonly ContentType Alert = new(0x15);

    /// <summary>handshake (0x16).</summary>
    public static readonly ContentType Handshake = new(0x16);

    /// <summary>application_data (0x17).</summary>
    public static readonly ContentType ApplicationData = new(0x17);

    /// <summary>heartbeat (0x18).</summary>
    public static readonly ContentType Heartbeat = new(0x18);

    // IANA TLS ContentType registry.
    private static readonly FrozenDictionary<byte, string> Names = new Dictionary<byte, string>
    {
        [0x14] = "change_cipher_spec",
        [0x15] = "alert",
        [0x16] = "handshake",
        [0x17] = "application_data",
        [0x18] = "heartbeat",
        [0x19] = "tls12_cid",
        [0x1A] = "ack",
        [0x1B] = "return_routability_check",
    }.ToFrozenDictionary();

    /// <summary>The registry name, or null for a value we do not know.</summary>
    public string? Name => Names.GetValueOrDefault(Value);

    public override string ToString() => Name ?? $"0x{Value:X2}";
}
