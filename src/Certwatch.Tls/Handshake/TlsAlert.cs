namespace Certwatch.Tls.Handshake;

/// <summary>
/// Reads a plaintext alert record that a server sent instead of its ServerHello (RFC 8446 §6,
/// RFC 5246 §7.2) and names it, so the report says why the server refused instead of "connection closed".
/// </summary>
internal static class TlsAlert
{
    private const byte AlertContentType = 21;

    /// <summary>"TLS alert handshake_failure (40)…", or null when the first record is not a complete alert.</summary>
    public static string? Describe(ReadOnlySpan<byte> firstBytes)
    {
        // record header: type(1) version(2) length(2), then alert: level(1) description(1)
        if (firstBytes.Length < 7 || firstBytes[0] != AlertContentType || firstBytes[1] != 0x03 || firstBytes[3] != 0 || firstBytes[4] != 2)
        {
            return null;
        }

        var code = firstBytes[6];
        return $"the server refused the handshake with TLS alert {Name(code)} ({code}){Hint(code)}";
    }

    // RFC 8446 §6 and the IANA TLS Alerts registry.
    private static string Name(byte code) => code switch
    {
        0 => "close_notify",
        10 => "unexpected_message",
        20 => "bad_record_mac",
        22 => "record_overflow",
        40 => "handshake_failure",
        42 => "bad_certificate",
        43 => "unsupported_certificate",
        44 => "certificate_revoked",
        45 => "certificate_expired",
        46 => "certificate_unknown",
        47 => "illegal_parameter",
        48 => "unknown_ca",
        49 => "access_denied",
        50 => "decode_error",
        51 => "decrypt_error",
        70 => "protocol_version",
        71 => "insufficient_security",
        80 => "internal_error",
        86 => "inappropriate_fallback",
        90 => "user_canceled",
        109 => "missing_extension",
        110 => "unsupported_extension",
        112 => "unrecognized_name",
        116 => "certificate_required",
        120 => "no_application_protocol",
        _ => "unknown",
    };

    private static string Hint(byte code) => code switch
    {
        40 => ": no protocol version, cipher suite or certificate in common with what we offered",
        70 => ": no protocol version in common",
        112 => ": the server has no certificate for the name sent in SNI",
        116 => ": the server requires a client certificate",
        _ => "",
    };
}
