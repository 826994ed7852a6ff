using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>
/// A TLS ≤ 1.2 first flight (RFC 5246 §7.3): ServerHello, Certificate, CertificateStatus when asked and
/// configured, ServerKeyExchange for (EC)DHE suites, ServerHelloDone — in one record.
/// </summary>
internal static class ScriptedTls12
{
    public static ScriptedAnswer Answer(ScriptedServerConfig config, ClientHello hello, ProtocolVersion version)
    {
        var groups = ScriptedNegotiator.CommonGroups(config, hello);
        var scheme = Scheme(config, hello, version);
        var suite = ScriptedNegotiator.CommonSuites(config, hello, version)
            .FirstOrDefault(s => (s.KeyExchange != KeyExchange.Ecdhe || groups.Count > 0) && (!Signs(s) || version != ProtocolVersion.Tls12 || scheme is not null));
        if (suite is null)
        {
            return ScriptedAnswer.Fatal(AlertDescription.HandshakeFailure, version);
        }

        var staple = config.OcspStaple is { } response && hello.Has(ExtensionType.StatusRequest) ? response : (ReadOnlyMemory<byte>?)null;
        byte[] flight =
        [
            .. ServerMessages.ServerHello(version, Enumerable.Repeat((byte)0x12, 32).ToArray(), config.SessionIds ? Enumerable.Repeat((byte)0x5E, 32).ToArray() : [],
                suite.Id, (byte)(config.Compression && hello.CompressionMethods.Contains((byte)1) ? 1 : 0), Extensions(config, hello, suite, staple is not null)),
            .. suite.Authentication == Authentication.Anonymous ? []
                : config.RsaKeyExchange is { } rsa ? ServerMessages.Certificate(rsa.Leaf.RawData) : ServerMessages.Certificate(),
            .. staple is { } s ? ServerMessages.CertificateStatus(s.Span) : [],
            .. KeyExchangeMessage(config, suite, version, groups, scheme),
            .. ServerMessages.ServerHelloDone(),
        ];
        return new ScriptedAnswer(ServerMessages.Record(ContentType.Handshake, version, flight), version, true);
    }

    private static bool Signs(CipherSuiteInfo suite) =>
        suite.KeyExchange is KeyExchange.Ecdhe or KeyExchange.Dhe && suite.Authentication != Authentication.Anonymous;

    // RFC 5246 §7.4.1.4.1: the server signs with a scheme the client listed; without the extension, SHA-1 pairs.
    private static SignatureScheme? Scheme(ScriptedServerConfig config, ClientHello hello, ProtocolVersion version) =>
        version != ProtocolVersion.Tls12 ? null
        : hello.SignatureAlgorithms is { } offered ? config.SignatureSchemes.FirstOrDefault(offered.Contains) is { Value: not 0 } s ? s : null
        : SignatureScheme.RsaPkcs1Sha1;

    private static byte[] KeyExchangeMessage(ScriptedServerConfig config, CipherSuiteInfo suite, ProtocolVersion version, IReadOnlyList<NamedGroup> groups, SignatureScheme? scheme)
    {
        var signed = suite.Authentication != Authentication.Anonymous;
        var named = version == ProtocolVersion.Tls12 ? scheme : null;
        return suite.KeyExchange switch
        {
            KeyExchange.Ecdhe => ServerMessages.EcdheKeyExchange(groups[0], named, signed),
            KeyExchange.Dhe => ServerMessages.DheKeyExchange(config.DhBits, named, signed),
            _ => [],
        };
    }

    private static List<(ushort, byte[])> Extensions(ScriptedServerConfig config, ClientHello hello, CipherSuiteInfo suite, bool stapling)
    {
        var list = new List<(ushort, byte[])>();
        void EchoIf(bool condition, ExtensionType type, byte[] data)
        {
            if (condition)
            {
                list.Add((type.Value, data));
            }
        }

        var asksRenegotiation = hello.Has(ExtensionType.RenegotiationInfo) || hello.CipherSuites.Contains(CipherSuiteId.EmptyRenegotiationInfoScsv);
        EchoIf(config.SecureRenegotiation && asksRenegotiation, ExtensionType.RenegotiationInfo, [0]);
        EchoIf(config.ExtendedMasterSecret && hello.Has(ExtensionType.ExtendedMasterSecret), ExtensionType.ExtendedMasterSecret, []);
        EchoIf(config.SessionTickets && hello.Has(ExtensionType.SessionTicket), ExtensionType.SessionTicket, []);
        EchoIf(config.HeartbeatExtension && hello.Has(ExtensionType.Heartbeat), ExtensionType.Heartbeat, [1]);
        EchoIf(stapling, ExtensionType.StatusRequest, []);
        EchoIf(suite.KeyExchange == KeyExchange.Ecdhe && hello.Has(ExtensionType.EcPointFormats), ExtensionType.EcPointFormats, [1, 0]);
        if (ScriptedNegotiator.AlpnExtension(config, hello) is { } alpn)
        {
            list.Add(alpn);
        }

        return list;
    }
}
