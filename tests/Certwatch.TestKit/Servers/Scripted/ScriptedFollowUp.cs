using System.Net.Sockets;
using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>
/// What a scripted server does with records after its first flight: the Heartbleed, CCS-injection and RSA key
/// exchange (ROBOT) behaviours when configured, otherwise what a patched server does (RFC 6520 §4 discard, RFC 5246 §7.1
/// unexpected_message).
/// </summary>
internal static class ScriptedFollowUp
{
    public static async Task RunAsync(Socket socket, ScriptedServerConfig config, ProtocolVersion version, ScriptedRsaSession? rsa, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        var acceptedCcs = false;
        while (true)
        {
            var read = await socket.ReceiveAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return;
            }

            buffer.AddRange(chunk.AsSpan(0, read));
            while (TlsRecord.TryRead(buffer.ToArray(), out var record, out var consumed, out _))
            {
                buffer.RemoveRange(0, consumed);
                var reply = rsa?.Reply(record!, version) ?? Reply(record!, config, version, ref acceptedCcs);
                if (reply.Bytes.Length > 0)
                {
                    await socket.SendAsync(reply.Bytes, cancellationToken);
                }

                if (reply.Close)
                {
                    return;
                }
            }
        }
    }

    private static (byte[] Bytes, bool Close) Reply(TlsRecord record, ScriptedServerConfig config, ProtocolVersion version, ref bool acceptedCcs)
    {
        if (record.ContentType == ContentType.Heartbeat)
        {
            return (config.HeartbleedVulnerable ? Bleed(record, version) : [], false);
        }

        if (record.ContentType == ContentType.ChangeCipherSpec && config.AcceptsEarlyCcs && !acceptedCcs)
        {
            acceptedCcs = true;
            return ([], false);
        }

        if (record.ContentType == ContentType.Alert)
        {
            return ([], true);
        }

        // After an accepted early CCS the record is "decrypted" with the wrong keys.
        return (ServerMessages.Alert(acceptedCcs ? new AlertDescription(20) : new AlertDescription(10), version), true);
    }

    // The Heartbleed bug: the response copies payload_length bytes whatever the request really carried.
    private static byte[] Bleed(TlsRecord record, ProtocolVersion version)
    {
        var fragment = record.Fragment.Span;
        var claimed = fragment.Length >= 3 ? (fragment[1] << 8) | fragment[2] : 0;
        var message = new ByteWriter().U8(2).U16(claimed).Bytes(Enumerable.Repeat((byte)0xAB, claimed).ToArray()).Bytes(new byte[16]).ToArray();
        var records = new List<byte>();
        for (var offset = 0; offset < message.Length; offset += 16384)
        {
            records.AddRange(ServerMessages.Record(ContentType.Heartbeat, version, message.AsSpan(offset, Math.Min(16384, message.Length - offset))));
        }

        return [.. records];
    }
}
