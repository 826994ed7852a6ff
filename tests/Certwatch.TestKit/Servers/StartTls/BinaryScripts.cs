using B = Certwatch.TestKit.Servers.StartTls.StartTlsBehavior;

namespace Certwatch.TestKit.Servers.StartTls;

/// <summary>Server scripts for LDAP, PostgreSQL, MySQL and XMPP: true when the client may start the TLS handshake now.</summary>
internal static class BinaryScripts
{
    private const string TlsNamespace = "urn:ietf:params:xml:ns:xmpp-tls";

    public static async Task<bool> LdapAsync(ScriptedConnection c, B behavior)
    {
        // The StartTLS ExtendedRequest with message id 1 is 31 bytes (RFC 4511 §4.14.1).
        if (await c.ReadBytesAsync(31) is null)
        {
            return false;
        }

        if (behavior == B.StallsMidDialogue)
        {
            return await c.StallAsync();
        }

        // RFC 4511 §4.14.2: 0 success, 2 protocolError (operation unknown), 52 unavailable.
        byte code = behavior switch { B.NotOffered => 2, B.Refused => 52, _ => 0 };
        await c.WriteAsync([0x30, 0x0c, 0x02, 0x01, 0x01, 0x78, 0x07, 0x0a, 0x01, code, 0x04, 0x00, 0x04, 0x00]);
        return code == 0;
    }

    public static async Task<bool> PostgresAsync(ScriptedConnection c, B behavior)
    {
        if (await c.ReadBytesAsync(8) is null)
        {
            return false;
        }

        if (behavior == B.StallsMidDialogue)
        {
            return await c.StallAsync();
        }

        var answer = behavior switch { B.NotOffered => (byte)'N', B.Refused => (byte)'E', _ => (byte)'S' };
        await c.WriteAsync([answer]);
        return answer == 'S';
    }

    public static async Task<bool> XmppAsync(ScriptedConnection c, B behavior)
    {
        if (await c.ReadUntilAsync("'http://etherx.jabber.org/streams'>") is null)
        {
            return false;
        }

        if (behavior == B.StallsMidDialogue)
        {
            return await c.StallAsync();
        }

        var starttls = behavior == B.NotOffered ? "" : $"<starttls xmlns='{TlsNamespace}'><required/></starttls>";
        var mechanism = behavior == B.UpgradesWithPlaintextAuth ? "PLAIN" : "SCRAM-SHA-1";
        await c.WriteAsync("<?xml version='1.0'?><stream:stream from='localhost' id='lab' version='1.0' xmlns='jabber:client' "
            + "xmlns:stream='http://etherx.jabber.org/streams'><stream:features>" + starttls
            + $"<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>{mechanism}</mechanism></mechanisms></stream:features>");
        if (behavior == B.NotOffered || await c.ReadUntilAsync("/>") is null)
        {
            return false;
        }

        await c.WriteAsync(behavior == B.Refused ? $"<failure xmlns='{TlsNamespace}'/></stream:stream>" : $"<proceed xmlns='{TlsNamespace}'/>");
        return behavior != B.Refused;
    }

    public static async Task<bool> MySqlAsync(ScriptedConnection c, B behavior)
    {
        if (behavior == B.StallsMidDialogue)
        {
            return await c.StallAsync();
        }

        if (behavior == B.Refused)
        {
            // ERR_Packet 1130 (ER_HOST_NOT_PRIVILEGED), SQLSTATE HY000.
            await c.WriteAsync(Packet(0, [0xff, 0x6a, 0x04, .. "#HY000Host is not allowed to connect"u8]));
            return false;
        }

        // Protocol::HandshakeV10: version 10, server version, connection id, auth data, filler, flags, charset, status…
        byte ssl = behavior == B.NotOffered ? (byte)0x00 : (byte)0x08;
        byte[] greeting =
        [
            10, .. "8.0.36-lab"u8, 0, 1, 0, 0, 0, .. "abcdefgh"u8, 0, 0xff, (byte)(0xf7 | ssl), 0x21, 0x02, 0x00, 0xff, 0xdf, 21,
            .. new byte[10], .. "ijklmnopqrst"u8, 0, .. "mysql_native_password"u8, 0,
        ];
        await c.WriteAsync(Packet(0, greeting));
        return behavior != B.NotOffered && await c.ReadBytesAsync(36) is not null;
    }

    private static byte[] Packet(byte sequence, byte[] payload) =>
        [(byte)payload.Length, (byte)(payload.Length >> 8), (byte)(payload.Length >> 16), sequence, .. payload];
}
