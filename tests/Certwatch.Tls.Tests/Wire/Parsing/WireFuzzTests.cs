using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

/// <summary>
/// Hostile input: every truncation of real messages, seeded random bytes and seeded mutations must come back
/// as a value — success, or failure with a reason — never as an exception or a hang.
/// </summary>
public class WireFuzzTests
{
    private delegate bool Parser(byte[] bytes, out InvalidMessage error);

    private static readonly Dictionary<string, Parser> Parsers = new()
    {
        ["record"] = (byte[] b, out InvalidMessage e) => TlsRecord.TryReadAll(b, out _, out e),
        ["handshake"] = (byte[] b, out InvalidMessage e) => HandshakeMessage.TryReadAll(b, out _, out e),
        ["alert"] = (byte[] b, out InvalidMessage e) => Alert.TryParse(b, out _, out e),
        ["server_hello"] = (byte[] b, out InvalidMessage e) => ServerHello.TryParse(b, out _, out e),
        ["client_hello"] = (byte[] b, out InvalidMessage e) => ClientHello.TryParse(b, out _, out e),
        ["certificate"] = (byte[] b, out InvalidMessage e) => CertificateMessage.TryParse(b, out _, out e),
        ["ecdhe"] = (byte[] b, out InvalidMessage e) => EcdheServerParameters.TryParse(b, ServerKeyExchangeSignatureForm.WithScheme, out _, out e),
        ["dhe"] = (byte[] b, out InvalidMessage e) => DheServerParameters.TryParse(b, ServerKeyExchangeSignatureForm.WithScheme, out _, out e),
        ["server_hello_done"] = (byte[] b, out InvalidMessage e) => ServerHelloDone.TryParse(b, out e),
        ["ssl2_server_hello"] = (byte[] b, out InvalidMessage e) => Ssl2ServerHello.TryParse(b, out _, out e),
        ["ssl2_client_hello"] = (byte[] b, out InvalidMessage e) => Ssl2ClientHello.TryParse(b, out _, out e),
        ["extensions"] = (byte[] b, out InvalidMessage e) => TlsExtension.TryParseList(b, out _, out e),
    };

    public static TheoryData<string, string> ValidMessages => new()
    {
        { "record", "tls12-ecdhe-rsa-flight.bin" },
        { "record", "tls13-x25519-server-hello.bin" },
        { "record", "tls12-no-shared-cipher-alert.bin" },
        { "certificate", "tls12-ecdhe-rsa-flight.bin" },
        { "ecdhe", "tls12-ecdhe-rsa-flight.bin" },
        { "dhe", "tls12-dhe-rsa-flight.bin" },
        { "ssl2_client_hello", "ssl2" },
    };

    [Theory]
    [MemberData(nameof(ValidMessages))]
    public void TryParse_EveryTruncation_FailsWithAReasonUnlessAtARecordBoundary(string parser, string fixture)
    {
        var whole = Message(parser, fixture);
        Parsers[parser](whole, out var wholeError).ShouldBeTrue(wholeError.ToString());
        var boundaries = RecordBoundaries(parser, whole);

        for (var length = 0; length < whole.Length; length++)
        {
            var parsed = Parsers[parser](whole[..length], out var error);
            parsed.ShouldBe(boundaries.Contains(length), $"{length} of {whole.Length} bytes: {error}");
            (parsed || error != InvalidMessage.None).ShouldBeTrue();
        }
    }

    // A flight cut exactly between records is a shorter valid flight; anywhere else it is cut off.
    private static HashSet<int> RecordBoundaries(string parser, byte[] whole)
    {
        if (parser != "record")
        {
            return [];
        }

        TlsRecord.TryReadAll(whole, out var records, out _);
        var ends = records.Select(r => TlsRecordHeader.Size + r.Header.Length).ToArray();
        return [.. Enumerable.Range(0, ends.Length).Select(i => ends.Take(i).Sum())];
    }

    [Theory]
    [InlineData("tls12-ecdhe-rsa-flight.bin")]
    [InlineData("tls13-x25519-server-hello.bin")]
    [InlineData("tls13-hello-retry-request.bin")]
    public void ServerHelloTryParse_EveryTruncation_FailsUnlessItEndsBeforeExtensions(string fixture)
    {
        var body = WireFixtures.Body(fixture, HandshakeType.ServerHello);
        ServerHello.TryParse(body, out var hello, out _).ShouldBeTrue();
        var withoutExtensions = 2 + 32 + 1 + hello!.SessionId.Length + 2 + 1;

        for (var length = 0; length < body.Length; length++)
        {
            var parsed = ServerHello.TryParse(body.AsSpan(0, length), out _, out var error);
            parsed.ShouldBe(length == withoutExtensions, $"{length} of {body.Length} bytes: {error}");
        }
    }

    [Fact]
    public void TryParse_SeededRandomBytes_NeverThrowsAndAlwaysExplainsFailure()
    {
        var random = new Random(20261122);
        foreach (var (name, parse) in Parsers)
        {
            for (var i = 0; i < 2000; i++)
            {
                var bytes = new byte[random.Next(0, 300)];
                random.NextBytes(bytes);
                AssertValueResult(name, parse, bytes);
            }
        }
    }

    [Fact]
    public void TryParse_SeededMutationsOfRealMessages_NeverThrowsAndAlwaysExplainsFailure()
    {
        var random = new Random(7);
        foreach (var (parser, fixture) in ValidMessages.Select(row => ((string)row[0], (string)row[1])))
        {
            var whole = Message(parser, fixture);
            for (var i = 0; i < 500; i++)
            {
                var mutated = (byte[])whole.Clone();
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
                AssertValueResult(parser, Parsers[parser], mutated);
            }
        }
    }

    [Fact]
    public void ServerAnswerRead_SeededRandomAndMutatedBytes_AlwaysClassifies()
    {
        var random = new Random(11);
        var flight = WireFixtures.Read("tls12-ecdhe-rsa-flight.bin");
        for (var i = 0; i < 3000; i++)
        {
            var bytes = i % 2 == 0 ? new byte[random.Next(0, 300)] : (byte[])flight.Clone();
            if (i % 2 == 0)
            {
                random.NextBytes(bytes);
            }
            else
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var answer = ServerAnswer.Read(bytes);
            (answer.Kind is ServerAnswerKind.Incomplete or ServerAnswerKind.Malformed or ServerAnswerKind.NotTls
                ? answer.Error != InvalidMessage.None
                : answer.Error == InvalidMessage.None).ShouldBeTrue(Convert.ToHexString(bytes));
        }
    }

    private static void AssertValueResult(string name, Parser parse, byte[] bytes)
    {
        var parsed = parse(bytes, out var error);
        (parsed ? error == InvalidMessage.None : error != InvalidMessage.None).ShouldBeTrue($"{name}: {Convert.ToHexString(bytes)}");
    }

    private static byte[] Message(string parser, string fixture) => parser switch
    {
        "record" => WireFixtures.Read(fixture),
        "certificate" => WireFixtures.Body(fixture, HandshakeType.Certificate),
        "ecdhe" or "dhe" => WireFixtures.Body(fixture, HandshakeType.ServerKeyExchange),
        "ssl2_client_hello" => Ssl2ClientHelloBuilder.Build(new Ssl2ClientHello(
            ProtocolVersion.Ssl2, [.. Ssl2CipherKind.AllKnown], ReadOnlyMemory<byte>.Empty, new byte[16])),
        _ => throw new ArgumentOutOfRangeException(nameof(parser)),
    };
}
