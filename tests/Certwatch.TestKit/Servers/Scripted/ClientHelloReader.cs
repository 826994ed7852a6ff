using System.Net.Sockets;
using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>Reads the first hello from a client: a TLS ClientHello (possibly over several records) or an SSLv2 CLIENT-HELLO.</summary>
internal static class ClientHelloReader
{
    private const int MaxBytes = 64 * 1024;

    public sealed record Read(ClientHello? Tls, Ssl2ClientHello? Ssl2);

    public static async Task<Read?> ReadAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        while (buffer.Count < MaxBytes)
        {
            var read = await socket.ReceiveAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return null;
            }

            buffer.AddRange(chunk.AsSpan(0, read));
            var parsed = TryParse([.. buffer]);
            if (parsed is not null)
            {
                return parsed;
            }
        }

        return null;
    }

    private static Read? TryParse(byte[] bytes)
    {
        if ((bytes[0] & 0x80) != 0)
        {
            return Ssl2RecordHeader.TryParse(bytes, out var header, out _) && bytes.Length >= header.RecordLength
                && Ssl2ClientHello.TryParse(bytes.AsSpan(0, header.RecordLength), out var ssl2, out _) ? new Read(null, ssl2) : null;
        }

        var stream = new List<byte>();
        var rest = bytes.AsSpan();
        while (TlsRecord.TryRead(rest, out var record, out var consumed, out _))
        {
            stream.AddRange(record!.Fragment.Span);
            rest = rest[consumed..];
        }

        return HandshakeMessage.TryRead(stream.ToArray(), out var message, out _, out _) && message!.Type == HandshakeType.ClientHello
            && ClientHello.TryParse(message.Body.Span, out var hello, out _) ? new Read(hello, null) : null;
    }
}
