using System.Diagnostics;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography;
using Certwatch.Tls.Handshake;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;

namespace Certwatch.Tls.Tests.Handshake;

public sealed class TlsHandshakeProbeTests(LabChainFixture pki) : IClassFixture<LabChainFixture>
{
    private static readonly ProbeOptions Fast = new(
        ConnectTimeout: TimeSpan.FromMilliseconds(300),
        HandshakeTimeout: TimeSpan.FromMilliseconds(300),
        SendHttpHead: false,
        HttpTimeout: TimeSpan.FromMilliseconds(300));

    private static readonly ProbeOptions Patient = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), SendHttpHead: true, TimeSpan.FromSeconds(5));

    [Fact]
    public async Task ProbeAsync_ChainWithDuplicateAndRoot_CapturesExactServedOrder()
    {
        var chain = pki.Chain;
        IssuedCertificate[] served = [chain.Leaf, chain.Root, chain.Intermediate, chain.Intermediate];
        await using var server = StartServer(chain.Leaf, [chain.Root, chain.Intermediate, chain.Intermediate]);

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.Outcome.ShouldBe(HandshakeOutcome.Completed);
        observation.Error.ShouldBeNull();
        observation.ServedCertificates.Select(Convert.ToHexString).ShouldBe(served.Select(c => Convert.ToHexString(c.Der)));
    }

    [Fact]
    public async Task ProbeAsync_LeafOnly_CapturesOneCertificate()
    {
        await using var server = StartServer(pki.Chain.Leaf, []);

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.ServedCertificates.Count.ShouldBe(1);
        observation.ServedCertificates[0].ShouldBe(pki.Chain.Leaf.Der);
    }

    [Fact]
    public async Task ProbeAsync_ModernServer_ReportsProtocolCipherAlpnAndTimes()
    {
        await using var server = StartServer(pki.Chain.Leaf, [pki.Chain.Intermediate]);

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient with { SendHttpHead = false });

        observation.Protocol.ShouldBe("TLSv1.3");
        observation.CipherSuite.ShouldBeOneOf("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256");
        observation.Alpn.ShouldBe("http/1.1");
        observation.ConnectTime.ShouldBeGreaterThan(TimeSpan.Zero);
        observation.HandshakeTime.ShouldBeGreaterThan(TimeSpan.Zero);
        observation.Http.ShouldBeNull();
        observation.Address.ShouldBe("127.0.0.1");
        observation.Port.ShouldBe(server.Port);
    }

    [Fact]
    public async Task ProbeAsync_ServerSendsHsts_CapturesStatusAndHeader()
    {
        await using var server = StartServer(pki.Chain.Leaf, [pki.Chain.Intermediate], hsts: "max-age=31536000; includeSubDomains");

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.Http.ShouldBe(new HttpObservation(200, "max-age=31536000; includeSubDomains", null));
    }

    [Fact]
    public async Task ProbeAsync_ServerWithoutHsts_ReportsStatusAndNoHeader()
    {
        await using var server = StartServer(pki.Chain.Leaf, [pki.Chain.Intermediate]);

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.Http.ShouldBe(new HttpObservation(200, null, null));
    }

    [Fact]
    public async Task ProbeAsync_ServerNameGiven_SendsItAsSni()
    {
        await using var server = StartServer(pki.Chain.Leaf, [pki.Chain.Intermediate]);

        await ProbeAsync(server.EndPoint, "www.lab.localhost", Patient);

        server.LastServerName.ShouldBe("www.lab.localhost");
    }

    [Fact]
    public async Task ProbeAsync_NoServerName_SendsNoSni()
    {
        await using var server = StartServer(pki.Chain.Leaf, [pki.Chain.Intermediate]);

        var observation = await ProbeAsync(server.EndPoint, null, Patient);

        observation.Outcome.ShouldBe(HandshakeOutcome.Completed);
        server.LastServerName.ShouldBeNullOrEmpty();
    }

    [Fact]
    public async Task ProbeAsync_Rsa1024Leaf_CompletesUnderLegacyPolicy()
    {
        await using var server = StartServer(pki.WeakKeyChain.Leaf, [pki.WeakKeyChain.Intermediate]);

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.Outcome.ShouldBe(HandshakeOutcome.Completed, observation.Error);
        observation.ServedCertificates[0].ShouldBe(pki.WeakKeyChain.Leaf.Der);
    }

    [Theory]
#pragma warning disable SYSLIB0039 // old protocols on purpose: the probe must still name what a legacy server negotiates
    [InlineData(SslProtocols.Tls, "TLSv1.0")]
    [InlineData(SslProtocols.Tls11, "TLSv1.1")]
#pragma warning restore SYSLIB0039
    [InlineData(SslProtocols.Tls12, "TLSv1.2")]
    public async Task ProbeAsync_ServerLimitedToOldProtocol_NegotiatesAndNamesIt(SslProtocols serverProtocols, string expected)
    {
        await using var server = LabTlsServer.Start(
            new LabTlsServerOptions(pki.Chain.Leaf.Certificate, [pki.Chain.Intermediate.Certificate]) { Protocols = serverProtocols });

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.Outcome.ShouldBe(HandshakeOutcome.Completed, observation.Error);
        observation.Protocol.ShouldBe(expected);
        observation.Http.ShouldBe(new HttpObservation(200, null, null));
    }

    [Fact]
    public async Task ProbeAsync_Sha1SignedEcLeaf_CompletesUnderLegacyPolicy()
    {
        var chain = TestPki.CreateChain("localhost", LabChainFixture.Now, leaf: s => s with { SignatureHash = HashAlgorithmName.SHA1, Key = TestKey.EcP256() });
        await using var server = StartServer(chain.Leaf, [chain.Intermediate]);

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.Outcome.ShouldBe(HandshakeOutcome.Completed, observation.Error);
        observation.ServedCertificates[0].ShouldBe(chain.Leaf.Der);
    }

    [Fact]
    public async Task ProbeAsync_RefusedPort_ReturnsConnectionRefusedQuickly()
    {
        var endpoint = new IPEndPoint(IPAddress.Loopback, FreeLoopbackPort.Find());
        var clock = Stopwatch.StartNew();

        var observation = await ProbeAsync(endpoint, "localhost", Fast);

        observation.Outcome.ShouldBe(HandshakeOutcome.ConnectionRefused);
        observation.Error.ShouldBe("connection refused");
        observation.ServedCertificates.ShouldBeEmpty();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task ProbeAsync_ConnectUnanswered_ReturnsConnectTimeoutWithinTimeout()
    {
        using var server = await FullBacklogServer.StartAsync();
        if (!server.IsSaturated)
        {
            return; // this OS answers a full queue with RST; the refused case is covered above
        }

        var clock = Stopwatch.StartNew();

        var observation = await ProbeAsync(server.EndPoint, "localhost", Fast);

        observation.Outcome.ShouldBe(HandshakeOutcome.ConnectTimeout);
        observation.Error.ShouldBe("no TCP connection within 300 ms (connect timeout)");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task ProbeAsync_StallingServer_TimesOutWithinHandshakeTimeout()
    {
        await using var server = StallingServer.Start();
        var clock = Stopwatch.StartNew();

        var observation = await ProbeAsync(server.EndPoint, "localhost", Fast);

        observation.Outcome.ShouldBe(HandshakeOutcome.HandshakeTimeout);
        observation.Error.ShouldBe("TLS handshake timed out after 300 ms: the server accepted the connection but never answered the ClientHello");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }

    [Theory]
    [MemberData(nameof(NonTlsServers))]
    public async Task ProbeAsync_PeerDoesNotSpeakTls_ReturnsNotTlsSayingWhatItIs(string _, byte[] bytes, bool waitForClient, bool holdOpen, string expectedError)
    {
        await using var server = RawBytesServer.Start(bytes, new RawBytesServerOptions(waitForClient, holdOpen));

        // The peer's bytes end the handshake at once; a generous timeout keeps a loaded machine from turning that into a timeout.
        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.Outcome.ShouldBe(HandshakeOutcome.NotTls);
        observation.Error.ShouldBe(expectedError);
    }

    public static TheoryData<string, byte[], bool, bool, string> NonTlsServers() => new()
    {
        { "plain HTTP, then close", RawBytesServer.PlainHttpResponse.ToArray(), true, false, "the server answered with HTTP, not TLS (is this a plain-HTTP port?)" },
        { "plain HTTP, held open", RawBytesServer.PlainHttpResponse.ToArray(), true, true, "the server answered with HTTP, not TLS (is this a plain-HTTP port?)" },
        { "SSH", RawBytesServer.SshBanner.ToArray(), false, true, "the server sent an SSH banner 'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13', not TLS" },
        { "SMTP", "220 mail.lab.localhost ESMTP Postfix\r\n"u8.ToArray(), false, true, "the server sent an SMTP or FTP greeting '220 mail.lab.localhost ESMTP Postfix', not TLS (does this port need STARTTLS?)" },
        { "POP3", "+OK POP3 ready\r\n"u8.ToArray(), false, true, "the server sent a POP3 greeting '+OK POP3 ready', not TLS (does this port need STARTTLS?)" },
        { "IMAP", "* OK IMAP4rev1 ready\r\n"u8.ToArray(), false, true, "the server sent an IMAP greeting '* OK IMAP4rev1 ready', not TLS (does this port need STARTTLS?)" },
        { "garbage", RawBytesServer.Garbage.ToArray(), true, true, "not TLS: first bytes 00 FF 13 37 DE AD BE EF…" },
        { "three bytes, then close", "GET"u8.ToArray(), true, false, "not TLS: first bytes 47 45 54" },
    };

    [Theory]
    [InlineData(ClosingBehavior.CloseOnAccept, "the server closed the connection without answering the ClientHello")]
    [InlineData(ClosingBehavior.CloseAfterClientHello, "the server closed the connection without answering the ClientHello")]
    [InlineData(ClosingBehavior.ResetAfterClientHello, "the server reset the connection during the TLS handshake")]
    public async Task ProbeAsync_ServerDropsConnection_ReturnsClosedDuringHandshake(ClosingBehavior behavior, string expectedError)
    {
        await using var server = ClosingServer.Start(behavior);

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.Outcome.ShouldBe(HandshakeOutcome.ClosedDuringHandshake);
        observation.Error.ShouldBe(expectedError);
    }

    [Fact]
    public async Task ProbeAsync_TlsAlertInsteadOfServerHello_ReturnsHandshakeFailedWithReason()
    {
        // A fatal handshake_failure alert (RFC 8446 §6): what a server with no shared cipher sends.
        byte[] alert = [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28];
        await using var server = RawBytesServer.Start(alert, new RawBytesServerOptions(WaitForClientBytes: true));

        var observation = await ProbeAsync(server.EndPoint, "localhost", Patient);

        observation.Outcome.ShouldBe(HandshakeOutcome.HandshakeFailed);
        observation.Error.ShouldBe("the server refused the handshake with TLS alert handshake_failure (40): " +
            "no protocol version, cipher suite or certificate in common with what we offered");
    }

    [Fact]
    public async Task ProbeAsync_CallerCancels_Throws()
    {
        await using var server = StallingServer.Start();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Should.ThrowAsync<OperationCanceledException>(() =>
            TlsHandshakeProbe.ProbeAsync(server.EndPoint, "localhost", Fast with { HandshakeTimeout = TimeSpan.FromSeconds(30) }, cancel.Token));
    }

    private static LabTlsServer StartServer(IssuedCertificate leaf, IReadOnlyList<IssuedCertificate> rest, string? hsts = null) =>
        LabTlsServer.Start(new LabTlsServerOptions(leaf.Certificate, [.. rest.Select(c => c.Certificate)]) { StrictTransportSecurity = hsts });

    private static Task<HandshakeObservation> ProbeAsync(IPEndPoint endpoint, string? serverName, ProbeOptions options) =>
        TlsHandshakeProbe.ProbeAsync(endpoint, serverName, options, CancellationToken.None);
}
