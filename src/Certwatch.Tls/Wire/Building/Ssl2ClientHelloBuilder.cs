namespace Certwatch.Tls.Wire;

/// <summary>
/// Writes an SSLv2 CLIENT-HELLO record (SSL 2.0 draft §2.5) with a 2-byte header: the probe for SSLv2 support,
/// or with a TLS version and 0x00xxxx kinds the SSLv2-compatible TLS hello (RFC 5246 Appendix E.2).
/// </summary>
public static class Ssl2ClientHelloBuilder
{
    private const byte ClientHelloType = 1;

    public static byte[] Build(Ssl2ClientHello hello)
    {
        var message = new WireWriter()
            .UInt8(ClientHelloType)
            .UInt16(hello.Version.Value)
            .UInt16(hello.CipherKinds.Count * 3)
            .UInt16(hello.SessionId.Length)
            .UInt16(hello.Challenge.Length);
        foreach (var kind in hello.CipherKinds)
        {
            message.UInt8(kind.Value >> 16).UInt16(kind.Value & 0xFFFF);
        }

        var body = message.Bytes(hello.SessionId.Span).Bytes(hello.Challenge.Span).ToArray();
        return new WireWriter().UInt16(0x8000 | body.Length).Bytes(body).ToArray();
    }
}
