using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>An SSLv2 SERVER-HELLO (SSL 2.0 draft §2.6) with a placeholder certificate and the given cipher kinds.</summary>
internal static class ScriptedSsl2
{
    public static byte[] ServerHello(IReadOnlyList<Ssl2CipherKind> kinds)
    {
        byte[] certificate = [0x30, 0x03, 0x02, 0x01, 0x01];
        var body = new ByteWriter().U8(4).U8(0).U8(1).U16(0x0002).U16(certificate.Length).U16(kinds.Count * 3).U16(16).Bytes(certificate);
        foreach (var kind in kinds)
        {
            body.U8(kind.Value >> 16).U16(kind.Value & 0xFFFF);
        }

        var message = body.Bytes(new byte[16]).ToArray();
        return new ByteWriter().U16(0x8000 | message.Length).Bytes(message).ToArray();
    }
}
