using System.Collections.Frozen;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A TLS alert description (RFC 8446 §6, RFC 5246 §7.2, IANA "TLS Alerts").
/// Keeps unknown values (rustls <c>enum_builder!</c>): a value we have no name for still round-trips and prints in hex.
/// </summary>
public readonly record struct AlertDescription(byte Value)
{
    /// <summary>close_notify (0x00).</summary>
    public static readonly AlertDescription CloseNotify = new(0x00);

    /// <summary>handshake_failure (0x28).</summary>
    public static readonly AlertDescription HandshakeFailure = new(0x28);

    /// <summary>illegal_parameter (0x2F).</summary>
    public static readonly AlertDescription IllegalParameter = new(0x2F);

    /// <summary>decode_error (0x32).</summary>
    public static readonly AlertDescription DecodeError = new(0x32);

    /// <summary>protocol_version (0x46).</summary>
    public static readonly AlertDescription ProtocolVersion = new(0x46);

    /// <summary>insufficient_security (0x47).</summary>
    public static readonly AlertDescription InsufficientSecurity = new(0x47);

    /// <summary>internal_error (0x50).</summary>
    public static readonly AlertDescription InternalError = new(0x50);

    /// <summary>inappropriate_fallback (0x56).</summary>
    public static readonly AlertDescription InappropriateFallback = new(0x56);

    /// <summary>unrecognized_name (0x70).</summary>
    public static readonly AlertDescription UnrecognizedName = new(0x70);

    /// <summary>no_application_protocol (0x78).</summary>
    public static readonly AlertDescription NoApplicationProtocol = new(0x78);

    // IANA TLS Alerts registry; 21, 41, 60 are SSLv3/TLS 1.0-era values kept for old servers.
    private static readonly FrozenDictionary<byte, string> Names = new Dictionary<byte, string>
    {
        [0x00] = "close_notify",
        [0x0A] = "unexpected_message",
        [0x14] = "bad_record_mac",
        [0x15] = "decryption_failed",
        [0x16] = "record_overflow",
        [0x1E] = "decompression_failure",
        [0x28] = "handshake_failure",
        [0x29] = "no_certificate",
        [0x2A] = "bad_certificate",
        [0x2B] = "unsupported_certificate",
        [0x2C] = "certificate_revoked",
        [0x2D] = "certificate_expired",
        [0x2E] = "certificate_unknown",
        [0x2F] = "illegal_parameter",
        [0x30] = "unknown_ca",
        [0x31] = "access_denied",
        [0x32] = "decode_error",
        [0x33] = "decrypt_error",
        [0x3C] = "export_restriction",
        [0x46] = "protocol_version",
        [0x47] = "insufficient_security",
        [0x50] = "internal_error",
        [0x56] = "inappropriate_fallback",
        [0x5A] = "user_canceled",
        [0x64] = "no_renegotiation",
        [0x6D] = "missing_extension",
        [0x6E] = "unsupported_extension",
        [0x6F] = "certificate_unobtainable",
        [0x70] = "unrecognized_name",
        [0x71] = "bad_certificate_status_response",
        [0x72] = "bad_certificate_hash_value",
        [0x73] = "unknown_psk_identity",
        [0x74] = "certificate_required",
        [0x78] = "no_application_protocol",
        [0x79] = "ech_required",
    }.ToFrozenDictionary();

    /// <summary>The registry name, or null for a value we do not know.</summary>
    public string? Name => Names.GetValueOrDefault(Value);

    public override string ToString() => Name is { } name ? $"{name}({Value})" : $"0x{Value:X2}";
}
