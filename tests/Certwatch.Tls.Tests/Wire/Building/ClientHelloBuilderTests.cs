using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Building;

public class ClientHelloBuilderTests
{
    private static readonly byte[] FixedRandom = [.. Enumerable.Repeat((byte)0xAA, 32)];

    [Fact]
    public void Build_SmallHello_IsExactlyTheHandComputedBytes()
    {
        var spec = new ClientHelloSpec
        {
            Random = FixedRandom,
            CipherSuites = [new CipherSuiteId(0xC02F), CipherSuiteId.EmptyRenegotiationInfoScsv],
            ServerName = "a.b",
            ExtendedMasterSecret = true,
        };

        // RFC 8446 §5.1 record, §4 handshake header, §4.1.2 ClientHello, RFC 6066 §3 server_name, RFC 7627 extended_master_secret.
        var expected = WireFixtures.Hex(
            "16 0301 0041" +                       // handshake record, TLS 1.0, 65 bytes
            "01 00003D" +                          // client_hello, 61 bytes
            "0303" + string.Concat(Enumerable.Repeat("AA", 32)) +
            "00" +                                 // empty session id
            "0004 C02F 00FF" +                     // two suites
            "01 00" +                              // null compression
            "0010" +                               // 16 bytes of extensions
            "0000 0008 0006 00 0003 612E62" +      // server_name "a.b"
            "0017 0000");                          // extended_master_secret
        ClientHelloBuilder.Build(spec).ShouldBe(expected);
    }

    [Fact]
    public void Build_EveryOption_ReadsBackThroughTheParser()
    {
        var spec = FullSpec();

        var hello = ParseRecords(ClientHelloBuilder.Build(spec));

        hello.ShouldSatisfyAllConditions(
            h => h.LegacyVersion.ShouldBe(ProtocolVersion.Tls12),
            h => h.Random.ToArray().ShouldBe(FixedRandom),
            h => h.SessionId.ToArray().ShouldBe(new byte[] { 1, 2, 3 }),
            h => h.CipherSuites.ShouldBe(spec.CipherSuites),
            h => h.CompressionMethods.ShouldBe(new byte[] { 1, 0 }),
            h => h.ServerName.ShouldBe("example.test"),
            h => h.SupportedVersions.ShouldBe(spec.SupportedVersions),
            h => h.SupportedGroups.ShouldBe(spec.SupportedGroups),
            h => h.EcPointFormats.ShouldBe(new byte[] { 0 }),
            h => h.SignatureAlgorithms.ShouldBe(spec.SignatureAlgorithms),
            h => h.KeyShares!.Single().Group.ShouldBe(NamedGroup.X25519MlKem768),
            h => h.KeyShares!.Single().KeyExchange.Length.ShouldBe(1216),
            h => h.Alpn.ShouldBe(["h2", "http/1.1"]),
            h => h.MaxVersion.ShouldBe(ProtocolVersion.Tls13));
    }

    [Theory]
    [InlineData(0x0005, "01 00 00 00 00")]   // status_request: ocsp, no responders, no extensions
    [InlineData(0x000F, "01")]               // heartbeat: peer_allowed_to_send
    [InlineData(0x0017, "")]                 // extended_master_secret
    [InlineData(0xFF01, "00")]               // renegotiation_info: empty renegotiated_connection
    [InlineData(0x0023, "")]                 // session_ticket: ask for one
    [InlineData(0x002D, "01 01")]            // psk_key_exchange_modes: psk_dhe_ke
    [InlineData(0x1234, "CA FE")]            // additional raw extension
    public void Build_FlagExtensions_WriteTheirRfcBodies(int type, string data)
    {
        var hello = ParseRecords(ClientHelloBuilder.Build(FullSpec()));

        hello.Find(new ExtensionType((ushort)type))!.Data.ToArray().ShouldBe(WireFixtures.Hex(data));
    }

    [Fact]
    public void Build_ScsvsAndSsl3Version_AreWrittenAsGiven()
    {
        var spec = new ClientHelloSpec
        {
            RecordVersion = ProtocolVersion.Ssl3,
            LegacyVersion = ProtocolVersion.Ssl3,
            Random = FixedRandom,
            CipherSuites = [new CipherSuiteId(0x000A), CipherSuiteId.FallbackScsv, CipherSuiteId.EmptyRenegotiationInfoScsv],
        };

        var bytes = ClientHelloBuilder.Build(spec);
        var hello = ParseRecords(bytes);

        bytes[1..3].ShouldBe(new byte[] { 0x03, 0x00 });
        hello.LegacyVersion.ShouldBe(ProtocolVersion.Ssl3);
        hello.CipherSuites.ShouldBe(spec.CipherSuites);
        hello.Extensions.ShouldBeEmpty();
    }

    [Fact]
    public void Build_HelloOver16K_IsSplitIntoRecords()
    {
        var spec = new ClientHelloSpec
        {
            Random = FixedRandom,
            CipherSuites = [.. Enumerable.Range(0, 9000).Select(i => new CipherSuiteId((ushort)i))],
        };

        TlsRecord.TryReadAll(ClientHelloBuilder.Build(spec), out var records, out _).ShouldBeTrue();

        records.Count.ShouldBe(2);
        records[0].Header.Length.ShouldBe(16384);
        ParseRecords(ClientHelloBuilder.Build(spec)).CipherSuites.Count.ShouldBe(9000);
    }

    [Theory]
    [InlineData("tls12-ecdhe-rsa")]
    [InlineData("tls13-x25519")]
    public void Build_CapturedFixtureHellos_StillProduceTheSameBytes(string name)
    {
        var sent = WireFixtures.Read($"{name}-client-hello.bin");

        var spec = FixtureSpecs.For(name);

        ClientHelloBuilder.Build(spec).ShouldBe(sent);
    }

    internal static ClientHello ParseRecords(byte[] bytes)
    {
        TlsRecord.TryReadAll(bytes, out var records, out var error).ShouldBeTrue(error.ToString());
        HandshakeMessage.TryReadAll(records, out var messages, out error).ShouldBeTrue(error.ToString());
        messages.Single().Type.ShouldBe(HandshakeType.ClientHello);
        ClientHello.TryParse(messages.Single().Body.Span, out var hello, out error).ShouldBeTrue(error.ToString());
        return hello!;
    }

    private static ClientHelloSpec FullSpec() => new()
    {
        Random = FixedRandom,
        SessionId = new byte[] { 1, 2, 3 },
        CipherSuites = [new(0x1301), new(0xC02F), new(0x0A0A), CipherSuiteId.FallbackScsv],
        CompressionMethods = [1, 0],
        ServerName = "example.test",
        SupportedVersions = [ProtocolVersion.Tls13, ProtocolVersion.Tls12],
        SupportedGroups = [NamedGroup.X25519MlKem768, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Ffdhe2048],
        EcPointFormats = [0],
        SignatureAlgorithms = [SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPkcs1Sha1],
        KeyShares = [new KeyShareEntry(NamedGroup.X25519MlKem768, new byte[1216])],
        Alpn = ["h2", "http/1.1"],
        StatusRequest = true,
        Heartbeat = 1,
        ExtendedMasterSecret = true,
        RenegotiationInfo = ReadOnlyMemory<byte>.Empty,
        SessionTicket = ReadOnlyMemory<byte>.Empty,
        PskKeyExchangeModes = [1],
        AdditionalExtensions = [new TlsExtension(new ExtensionType(0x1234), new byte[] { 0xCA, 0xFE })],
    };
}
