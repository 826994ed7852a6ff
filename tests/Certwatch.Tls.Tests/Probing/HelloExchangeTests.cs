using System.Net.Sockets;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Probing;

public sealed class HelloExchangeTests
{
    private static readonly ProbeLimits Limits = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), MaxFlightBytes: 64 * 1024);
    private static readonly ProbeLimits Short = Limits with { ReadTimeout = TimeSpan.FromMilliseconds(500) };

    [Fact]
    public async Task SendAsync_Tls12Server_ReadsWholeFlightThroughServerHelloDone()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12], OcspStaple = new byte[] { 0x30, 0x00 } });

        var flight = await ExchangeAsync(server, Tls12Hello() with { StatusRequest = true });

        flight.Error.ShouldBeNull();
        flight.Answer.Kind.ShouldBe(ServerAnswerKind.ServerHello);
        flight.Messages.Select(m => m.Type).ShouldBe([HandshakeType.ServerHello, HandshakeType.Certificate, HandshakeType.CertificateStatus, HandshakeType.ServerKeyExchange, HandshakeType.ServerHelloDone]);
        flight.ServerHello!.CipherSuite.ShouldBe(new CipherSuiteId(0xC030));
    }

    [Fact]
    public async Task SendAsync_Tls13Server_StopsAtServerHello()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig());

        var flight = await ExchangeAsync(server, Tls13Hello([new KeyShareEntry(NamedGroup.X25519, new byte[32])]));

        flight.Error.ShouldBeNull();
        flight.ServerHello!.NegotiatedVersion.ShouldBe(ProtocolVersion.Tls13);
        flight.ServerHello.KeyShare!.Group.ShouldBe(NamedGroup.X25519);
        flight.Messages.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task SendAsync_NoKeyShare_ReturnsHelloRetryRequestNamingGroup()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Groups = [NamedGroup.Secp384r1] });

        var flight = await ExchangeAsync(server, Tls13Hello([]) with { SupportedGroups = [NamedGroup.Secp384r1] });

        flight.Answer.Kind.ShouldBe(ServerAnswerKind.HelloRetryRequest);
        flight.ServerHello!.RetryGroup.ShouldBe(NamedGroup.Secp384r1);
    }

    [Fact]
    public async Task SendAsync_UnsupportedVersion_ReturnsAlert()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls13] });

        var flight = await ExchangeAsync(server, Tls12Hello());

        flight.Answer.Kind.ShouldBe(ServerAnswerKind.Alert);
        flight.Answer.Alert!.Value.Description.ShouldBe(AlertDescription.ProtocolVersion);
        flight.Describe().ShouldBe("protocol_version alert");
    }

    [Fact]
    public async Task SendAsync_Ssl2Server_ReturnsSsl2ServerHello()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Ssl2CipherKinds = [Ssl2CipherKind.Rc4128WithMd5, Ssl2CipherKind.Des192Ede3CbcWithMd5] });
        var hello = Ssl2ClientHelloBuilder.Build(new Ssl2ClientHello(ProtocolVersion.Ssl2, [.. Ssl2CipherKind.AllKnown], ReadOnlyMemory<byte>.Empty, new byte[16]));

        var flight = await ExchangeAsync(server, hello);

        flight.Answer.Kind.ShouldBe(ServerAnswerKind.Ssl2ServerHello);
        flight.Answer.Ssl2ServerHello!.CipherKinds.ShouldBe([Ssl2CipherKind.Rc4128WithMd5, Ssl2CipherKind.Des192Ede3CbcWithMd5]);
    }

    [Theory]
    [InlineData(ScriptedBehavior.Reset, FlightFailure.Reset)]
    [InlineData(ScriptedBehavior.Close, FlightFailure.Closed)]
    [InlineData(ScriptedBehavior.Stall, FlightFailure.Timeout)]
    [InlineData(ScriptedBehavior.Garbage, FlightFailure.NotTls)]
    [InlineData(ScriptedBehavior.EndlessBytes, FlightFailure.TooLarge)]
    public async Task SendAsync_HostileServer_ReturnsErrorWithinLimits(ScriptedBehavior behavior, FlightFailure expected)
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Behavior = behavior });
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // Only the stall waits for the timeout; the others must end on their own, however slow the machine.
        var flight = await ExchangeAsync(server, ClientHelloBuilder.Build(Tls12Hello()), behavior == ScriptedBehavior.Stall ? Short : Limits);

        flight.Failure.ShouldBe(expected, flight.Error);
        flight.Error.ShouldNotBeNullOrEmpty();
        flight.Accepted.ShouldBeFalse();
        flight.BytesRead.ShouldBeLessThanOrEqualTo(Limits.MaxFlightBytes + 16 * 1024);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task SendAsync_CallerCancels_Throws()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Behavior = ScriptedBehavior.Stall });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        using var client = new TcpClient();
        await client.ConnectAsync(server.EndPoint);

        await Should.ThrowAsync<OperationCanceledException>(() =>
            HelloExchange.SendAsync(client.GetStream(), ClientHelloBuilder.Build(Tls12Hello()), Limits with { ReadTimeout = TimeSpan.FromSeconds(5) }, cancel.Token));
    }

    internal static ClientHelloSpec Tls12Hello() => new()
    {
        Random = new byte[32],
        CipherSuites = [new(0xC030), new(0xC02F), new(0x002F)],
        SupportedGroups = [NamedGroup.X25519],
        SignatureAlgorithms = [SignatureScheme.RsaPkcs1Sha256],
    };

    private static ClientHelloSpec Tls13Hello(IReadOnlyList<KeyShareEntry> shares) => new()
    {
        Random = new byte[32],
        CipherSuites = [new(0x1301)],
        SupportedGroups = [NamedGroup.X25519],
        SupportedVersions = [ProtocolVersion.Tls13],
        SignatureAlgorithms = [SignatureScheme.RsaPssRsaeSha256],
        KeyShares = shares,
    };

    private static Task<ServerFlight> ExchangeAsync(ScriptedTlsServer server, ClientHelloSpec spec) => ExchangeAsync(server, ClientHelloBuilder.Build(spec));

    private static async Task<ServerFlight> ExchangeAsync(ScriptedTlsServer server, byte[] hello, ProbeLimits? limits = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.EndPoint);
        return await HelloExchange.SendAsync(client.GetStream(), hello, limits ?? Limits, CancellationToken.None);
    }
}
