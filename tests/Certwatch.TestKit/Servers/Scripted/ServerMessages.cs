using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>The server messages a scripted server sends, as bytes (RFC 5246 §7.4, RFC 8446 §4).</summary>
internal static class ServerMessages
{
    public static byte[] Record(ContentType type, ProtocolVersion version, ReadOnlySpan<byte> fragment) =>
        new ByteWriter().U8(type.Value).U16(version.Value).Vector16(fragment).ToArray();

    public static byte[] Handshake(HandshakeType type, ReadOnlySpan<byte> body) => new ByteWriter().U8(type.Value).Vector24(body).ToArray();

    public static byte[] Alert(AlertDescription description, ProtocolVersion version) =>
        Record(ContentType.Alert, version, [2, description.Value]);

    public static byte[] ServerHello(ProtocolVersion legacy, ReadOnlySpan<byte> random, ReadOnlySpan<byte> sessionId, CipherSuiteId suite, byte compression, IReadOnlyList<(ushort Type, byte[] Data)> extensions)
    {
        var body = new ByteWriter().U16(legacy.Value).Bytes(random).Vector8(sessionId).U16(suite.Value).U8(compression);
        if (extensions.Count > 0)
        {
            body.Vector16(ByteWriter.Of(w => extensions.ToList().ForEach(e => w.U16(e.Type).Vector16(e.Data))));
        }

        return Handshake(HandshakeType.ServerHello, body.ToArray());
    }

    /// <summary>A Certificate message with one placeholder "certificate" (probes do not parse it).</summary>
    public static byte[] Certificate() =>
        Handshake(HandshakeType.Certificate, ByteWriter.Of(w => w.Vector24(ByteWriter.Of(c => c.Vector24([0x30, 0x03, 0x02, 0x01, 0x01])))));

    /// <summary>A Certificate message with one real certificate.</summary>
    public static byte[] Certificate(ReadOnlySpan<byte> der)
    {
        var body = new ByteWriter().Vector24(der).ToArray();
        return Handshake(HandshakeType.Certificate, new ByteWriter().Vector24(body).ToArray());
    }

    public static byte[] CertificateStatus(ReadOnlySpan<byte> ocspResponse) =>
        Handshake(HandshakeType.CertificateStatus, new ByteWriter().U8(1).Vector24(ocspResponse).ToArray());

    /// <summary>ECDHE ServerKeyExchange (RFC 8422 §5.4) with a placeholder point and signature.</summary>
    public static byte[] EcdheKeyExchange(NamedGroup group, SignatureScheme? scheme, bool signed)
    {
        var body = new ByteWriter().U8(3).U16(group.Value).Vector8(Filled(65, 0x04));
        return Handshake(HandshakeType.ServerKeyExchange, Signed(body, scheme, signed));
    }

    /// <summary>DHE ServerKeyExchange (RFC 5246 §7.4.3): p of <paramref name="bits"/> bits, g = 2.</summary>
    public static byte[] DheKeyExchange(int bits, SignatureScheme? scheme, bool signed)
    {
        var body = new ByteWriter().Vector16(Filled(bits / 8, 0xFF)).Vector16([2]).Vector16(Filled(bits / 8, 0x5A));
        return Handshake(HandshakeType.ServerKeyExchange, Signed(body, scheme, signed));
    }

    public static byte[] ServerHelloDone() => Handshake(HandshakeType.ServerHelloDone, []);

    private static byte[] Signed(ByteWriter body, SignatureScheme? scheme, bool signed)
    {
        if (signed)
        {
            if (scheme is { } s)
            {
                body.U16(s.Value);
            }

            body.Vector16(Filled(256, 0x11));
        }

        return body.ToArray();
    }

    private static byte[] Filled(int count, byte value) => Enumerable.Repeat(value, count).ToArray();
}
