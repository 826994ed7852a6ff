using System.Text;

namespace Certwatch.Tls.StartTls;

/// <summary>RFC 4511 §4.14 StartTLS: the ExtendedRequest with OID 1.3.6.1.4.1.1466.20037, then its resultCode.</summary>
internal static class LdapDialogue
{
    private const int MaxResponseBytes = 64 * 1024;

    // LDAPMessage { messageID 1, [APPLICATION 23] ExtendedRequest { [0] requestName "1.3.6.1.4.1.1466.20037" } }, BER.
    private static readonly byte[] StartTlsRequest =
        [0x30, 0x1d, 0x02, 0x01, 0x01, 0x77, 0x18, 0x80, 0x16, .. "1.3.6.1.4.1.1466.20037"u8];

    public static async Task<StartTlsResult> RunAsync(DialogueSession session)
    {
        if (!await session.WriteAsync(StartTlsRequest) || await ReadMessageAsync(session) is not { } message)
        {
            return session.Failed();
        }

        var reader = new BerCursor(message);
        if (!reader.TryRead(0x02, out _) || !reader.TryRead(0x78, out var response))
        {
            return session.Result(StartTlsOutcome.ProtocolError, "the LDAP reply is not an ExtendedResponse: " + Convert.ToHexString(message.AsSpan(0, Math.Min(message.Length, 16))));
        }

        var fields = new BerCursor(response);
        if (!fields.TryRead(0x0a, out var code) || code.Length is 0 or > 4 || !fields.TryRead(0x04, out _) || !fields.TryRead(0x04, out var diagnostic))
        {
            return session.Result(StartTlsOutcome.ProtocolError, "the LDAP ExtendedResponse has no resultCode");
        }

        var resultCode = code.Aggregate(0, (value, b) => (value << 8) | b);
        var text = $"resultCode {resultCode} ({Name(resultCode)})" + (diagnostic.Length > 0 ? ": " + DialogueSession.Shown(Encoding.UTF8.GetString(diagnostic)) : "");
        return resultCode switch
        {
            0 => session.Result(StartTlsOutcome.Ready),

            // §4.14.2: protocolError is what a server that does not know the StartTLS operation returns.
            2 => session.Result(StartTlsOutcome.NotOffered, "the LDAP server does not support StartTLS: " + text),
            _ => session.Result(StartTlsOutcome.Refused, "the LDAP server refused StartTLS: " + text),
        };
    }

    private static string Name(int code) => code switch
    {
        1 => "operationsError",
        2 => "protocolError",
        51 => "busy",
        52 => "unavailable",
        53 => "unwillingToPerform",
        80 => "other",
        _ => "error",
    };

    // One LDAPMessage: SEQUENCE tag, BER definite length (short or long form), the contents.
    private static async Task<byte[]?> ReadMessageAsync(DialogueSession session)
    {
        if (await session.ReadBytesAsync("LDAP response", 2) is not { } head)
        {
            return null;
        }

        if (head[0] != 0x30)
        {
            return session.Fail<byte[]>(StartTlsOutcome.ProtocolError, $"the server's reply is not an LDAP message (first bytes {Convert.ToHexString(head)})");
        }

        var length = head[1] & 0x7f;
        if ((head[1] & 0x80) != 0)
        {
            if (length is 0 or > 3 || await session.ReadBytesAsync("LDAP response", length) is not { } longForm)
            {
                return length is 0 or > 3 ? session.Fail<byte[]>(StartTlsOutcome.ProtocolError, "the LDAP reply has an unsupported length") : null;
            }

            length = longForm.Aggregate(0, (value, b) => (value << 8) | b);
        }

        return length > MaxResponseBytes
            ? session.Fail<byte[]>(StartTlsOutcome.ProtocolError, $"the LDAP reply announces {length} bytes")
            : await session.ReadBytesAsync("LDAP response", length);
    }

    /// <summary>Reads definite-length BER elements one after another, refusing anything malformed.</summary>
    private sealed class BerCursor(byte[] data)
    {
        private int _offset;

        public bool TryRead(byte tag, out byte[] contents)
        {
            contents = [];
            if (_offset + 2 > data.Length || data[_offset] != tag)
            {
                return false;
            }

            var length = data[_offset + 1] & 0x7f;
            var start = _offset + 2;
            if ((data[_offset + 1] & 0x80) != 0)
            {
                var count = length;
                if (count is 0 or > 3 || start + count > data.Length)
                {
                    return false;
                }

                length = data.AsSpan(start, count).ToArray().Aggregate(0, (value, b) => (value << 8) | b);
                start += count;
            }

            if (start + length > data.Length)
            {
                return false;
            }

            contents = data[start..(start + length)];
            _offset = start + length;
            return true;
        }
    }
}
