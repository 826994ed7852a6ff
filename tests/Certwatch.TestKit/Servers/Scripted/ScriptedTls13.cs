using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>
/// A TLS 1.3 answer (RFC 8446 §4.1.3): a ServerHello when the client sent a share for an acceptable group, a
/// HelloRetryRequest naming the preferred common group when it did not, handshake_failure when no suite, group or
/// signature scheme is common.
/// </summary>
internal static class ScriptedTls13
{
    public static ScriptedAnswer Answer(ScriptedServerConfig config, ClientHello hello)
    {
        var suite = ScriptedNegotiator.CommonSuites(config, hello, ProtocolVersion.Tls13).FirstOrDefault();
        var groups = ScriptedNegotiator.CommonGroups(config, hello);
        var signs = hello.SignatureAlgorithms is not { } offered || config.Tls13SignatureSchemes.Any(offered.Contains);
        if (suite is null || groups.Count == 0 || !signs)
        {
            return ScriptedAnswer.Fatal(AlertDescription.HandshakeFailure, ProtocolVersion.Tls12);
        }

        var share = hello.KeyShares?.FirstOrDefault(s => groups.Contains(s.Group));
        List<(ushort, byte[])> extensions = [(ExtensionType.SupportedVersions.Value, [0x03, 0x04])];
        byte[] random;
        if (share is null)
        {
            extensions.Add((ExtensionType.KeyShare.Value, ByteWriter.Of(w => w.U16(groups[0].Value))));
            random = ServerHello.HelloRetryRequestRandom.ToArray();
        }
        else
        {
            extensions.Add((ExtensionType.KeyShare.Value, ByteWriter.Of(w => w.U16(share.Group.Value).Vector16(Enumerable.Repeat((byte)0x42, share.KeyExchange.Length).ToArray()))));
            random = Enumerable.Repeat((byte)0x13, 32).ToArray();
        }

        var serverHello = ServerMessages.ServerHello(ProtocolVersion.Tls12, random, hello.SessionId.Span, suite.Id, 0, extensions);

        // What follows a real ServerHello: the compatibility CCS and encrypted records (RFC 8446 §D.4).
        byte[] rest = share is null ? [] : [.. ServerMessages.Record(ContentType.ChangeCipherSpec, ProtocolVersion.Tls12, [1]),
            .. ServerMessages.Record(ContentType.ApplicationData, ProtocolVersion.Tls12, new byte[40])];
        return new ScriptedAnswer([.. ServerMessages.Record(ContentType.Handshake, ProtocolVersion.Tls12, serverHello), .. rest], ProtocolVersion.Tls13, false);
    }
}
