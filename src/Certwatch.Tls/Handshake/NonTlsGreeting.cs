using System.Text;

namespace Certwatch.Tls.Handshake;

/// <summary>
/// Recognises a peer that answered a ClientHello with something other than TLS, from the first bytes it
/// sent, and says in one line what it looks like — the usual cause is the wrong port or a plain-text service.
/// </summary>
internal static class NonTlsGreeting
{
    /// <summary>Null when the bytes start like a TLS record (or nothing arrived); else the one-line description.</summary>
    public static string? Describe(ReadOnlySpan<byte> first)
    {
        if (first.IsEmpty || LooksLikeTlsRecord(first))
        {
            return null;
        }

        if (first.StartsWith("HTTP/"u8))
        {
            return "the server answered with HTTP, not TLS (is this a plain-HTTP port?)";
        }

        if (first.StartsWith("SSH-"u8))
        {
            return $"the server sent an SSH banner '{FirstLine(first)}', not TLS";
        }

        return DescribeTextGreeting(first) ?? "not TLS: first bytes " + Hex(first);
    }

    // RFC 8446 §5.1: a record starts with its content type (20 change_cipher_spec, 21 alert, 22 handshake,
    // 23 application_data) and a legacy version 0x03xx. One byte alone cannot be judged; let SslStream decide.
    private static bool LooksLikeTlsRecord(ReadOnlySpan<byte> first) =>
        first[0] is >= 20 and <= 23 && (first.Length == 1 || first[1] == 0x03);

    // Mail and file-transfer protocols greet first; on a port that needs STARTTLS this is what arrives.
    private static string? DescribeTextGreeting(ReadOnlySpan<byte> first)
    {
        var line = FirstLine(first);
        if (first.StartsWith("220"u8))
        {
            return $"the server sent an SMTP or FTP greeting '{line}', not TLS (does this port need STARTTLS?)";
        }

        if (first.StartsWith("+OK"u8))
        {
            return $"the server sent a POP3 greeting '{line}', not TLS (does this port need STARTTLS?)";
        }

        if (first.StartsWith("* OK"u8))
        {
            return $"the server sent an IMAP greeting '{line}', not TLS (does this port need STARTTLS?)";
        }

        return null;
    }

    private static string FirstLine(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
        var line = end < 0 ? bytes : bytes[..end];
        var text = new StringBuilder(line.Length);
        foreach (var b in line)
        {
            text.Append(b is >= 0x20 and < 0x7F ? (char)b : '?');
        }

        return end < 0 ? text + "…" : text.ToString();
    }

    private static string Hex(ReadOnlySpan<byte> bytes)
    {
        const int Shown = 8;
        var hex = Convert.ToHexString(bytes[..Math.Min(bytes.Length, Shown)]);
        var spaced = string.Join(' ', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2)));
        return bytes.Length > Shown ? spaced + "…" : spaced;
    }
}
