using Certwatch.Tls.Wire;

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

    // Names from the one alert table (Wire/Ids/AlertDescription: RFC 8446 §6 and the IANA registry).
    private static string Name(byte code) => new AlertDescription(code).Name ?? "unknown";

    private static string Hint(byte code) => code switch
    {
        40 => ": no protocol version, cipher suite or certificate in common with what we offered",
        70 => ": no protocol version in common",
        112 => ": the server has no certificate for the name sent in SNI",
        116 => ": the server requires a client certificate",
        _ => "",
    };
}
