using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Certwatch.Tls.StartTls;

/// <summary>
/// MySQL TLS upgrade (client/server protocol, "Protocol::HandshakeV10" and "Protocol::SSLRequest"): the server
/// greets first with a handshake packet whose capability flags include CLIENT_SSL; the client answers with an
/// SSLRequest packet and starts the TLS handshake without waiting for a reply.
/// </summary>
internal static class MySqlDialogue
{
    private const int MaxPacketBytes = 64 * 1024;
    private const ushort ClientSsl = 0x0800;

    // Header: 3-byte little-endian length 32, sequence 1. Payload: client flags CLIENT_PROTOCOL_41 | CLIENT_SSL
    // | CLIENT_SECURE_CONNECTION, max packet 16 MiB, charset 33 (utf8), 23 filler zeros.
    private static readonly byte[] SslRequest =
        [0x20, 0x00, 0x00, 0x01, 0x00, 0x8a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x21, .. new byte[23]];

    public static async Task<StartTlsResult> RunAsync(DialogueSession session)
    {
        if (await session.ReadBytesAsync("MySQL handshake packet", 4) is not { } header)
        {
            return session.Failed();
        }

        var length = header[0] | (header[1] << 8) | (header[2] << 16);
        if (length is 0 or > MaxPacketBytes)
        {
            return session.Result(StartTlsOutcome.ProtocolError, $"the server's first packet announces {length} bytes (is this MySQL?)");
        }

        if (await session.ReadBytesAsync("MySQL handshake packet", length) is not { } payload)
        {
            return session.Failed();
        }

        return payload[0] switch
        {
            0xff => session.Result(StartTlsOutcome.Refused, "the MySQL server refused the connection: " + ErrorText(payload)),
            10 => await UpgradeAsync(session, payload),
            _ => session.Result(StartTlsOutcome.ProtocolError, $"the server's first packet is not a MySQL protocol 10 handshake (starts 0x{payload[0]:X2})"),
        };
    }

    private static async Task<StartTlsResult> UpgradeAsync(DialogueSession session, byte[] payload)
    {
        // protocol version, server version (NUL-terminated), connection id (4), auth data part 1 (8), filler (1), flags (2).
        var end = Array.IndexOf(payload, (byte)0, 1);
        var flagsAt = end + 1 + 4 + 8 + 1;
        if (end < 0 || flagsAt + 2 > payload.Length)
        {
            return session.Result(StartTlsOutcome.ProtocolError, "the MySQL handshake packet is truncated");
        }

        session.Banner = "MySQL " + DialogueSession.Shown(Encoding.UTF8.GetString(payload, 1, end - 1));
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(payload.AsSpan(flagsAt));
        session.Capabilities.Add("capability flags 0x" + flags.ToString("X4", CultureInfo.InvariantCulture));
        if ((flags & ClientSsl) == 0)
        {
            return session.Result(StartTlsOutcome.NotOffered, $"the MySQL server does not offer TLS (no CLIENT_SSL in its capability flags 0x{flags:X4})");
        }

        return await session.WriteAsync(SslRequest) ? session.Result(StartTlsOutcome.Ready) : session.Failed();
    }

    // ERR_Packet: 0xFF, error code (2, little-endian), then the message (a '#' and SQLSTATE may precede it).
    private static string ErrorText(byte[] payload)
    {
        if (payload.Length < 3)
        {
            return "an error packet";
        }

        var code = BinaryPrimitives.ReadUInt16LittleEndian(payload.AsSpan(1));
        var message = Encoding.UTF8.GetString(payload, 3, payload.Length - 3);
        return $"{code} {DialogueSession.Shown(message.StartsWith('#') && message.Length >= 6 ? message[6..] : message)}";
    }
}
