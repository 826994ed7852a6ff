using System.Diagnostics;
using System.Net;
using Certwatch.Scanning.Http;
using Certwatch.TestKit.Servers;
using Certwatch.TestKit.Servers.Http;
using static Certwatch.Scanning.Tests.Http.HttpTestSite;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>Hostile and broken servers: each ends as a clear error value within the bounds, never a hang or an exception.</summary>
public sealed class HttpHopProbeTests
{
    public static TheoryData<ScriptedBehavior, HttpHopError, string> HostileServers() => new()
    {
        { ScriptedBehavior.HugeHeaderLine, HttpHopError.LineTooLong, "a response head line exceeds 16384 bytes" },
        { ScriptedBehavior.EndlessHeaders, HttpHopError.TooManyHeaders, "the response has more than 256 header fields" },
        { ScriptedBehavior.Garbage, HttpHopError.Malformed, "not an HTTP response" },
        { ScriptedBehavior.CloseImmediately, HttpHopError.ClosedEarly, "the server closed the connection without an HTTP response" },
        { ScriptedBehavior.Stall, HttpHopError.Timeout, "no complete response head within 1 s" },
        { ScriptedBehavior.Trickle, HttpHopError.Timeout, "no complete response head within 1 s" },
    };

    [Theory]
    [MemberData(nameof(HostileServers))]
    public async Task ProbeAsync_HostileServerOverTls_IsAnErrorValueWithinTheTimeout(ScriptedBehavior behavior, HttpHopError error, string message)
    {
        await using var https = StartHttps(Root(ScriptedResponse.Misbehave(behavior)));
        // The stalling and trickling servers must be cut off by the 1 s timeout; the others must fail on their own, long before 5 s.
        var timeout = error == HttpHopError.Timeout ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5);
        var probe = new HttpHopProbe(Options(null) with { HopTimeout = timeout });
        var clock = Stopwatch.StartNew();

        var hop = await probe.ProbeAsync(new Uri(HttpsUrl(https.Port)), IPAddress.Loopback, CancellationToken.None);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(4));
        hop.Error.ShouldBe(error);
        hop.ErrorMessage!.ShouldStartWith(message);
        hop.StatusCode.ShouldBeNull();
        hop.Tls.ShouldNotBeNull(); // the handshake worked; the HTTP layer failed
    }

    [Theory]
    [InlineData(ScriptedBehavior.HugeHeaderLine, HttpHopError.LineTooLong)]
    [InlineData(ScriptedBehavior.Garbage, HttpHopError.Malformed)]
    public async Task ProbeAsync_HostileServerOverPlainHttp_IsAnErrorValue(ScriptedBehavior behavior, HttpHopError error)
    {
        await using var plain = StartPlain(Root(ScriptedResponse.Misbehave(behavior)));
        var probe = new HttpHopProbe(Options(null));

        var hop = await probe.ProbeAsync(new Uri($"http://{Host}:{plain.Port}/"), IPAddress.Loopback, CancellationToken.None);

        hop.Error.ShouldBe(error);
        hop.Tls.ShouldBeNull();
    }

    [Fact]
    public async Task ProbeAsync_NothingListening_IsConnectFailed()
    {
        var probe = new HttpHopProbe(Options(null));

        var hop = await probe.ProbeAsync(new Uri($"https://{Host}:{FreeLoopbackPort.Find()}/"), IPAddress.Loopback, CancellationToken.None);

        hop.Error.ShouldBe(HttpHopError.ConnectFailed);
        hop.ErrorMessage!.ShouldContain("ConnectionRefused");
    }

    [Fact]
    public async Task ProbeAsync_PlainServerOnHttpsUrl_IsTlsFailed()
    {
        await using var plain = RawBytesServer.Start(RawBytesServer.PlainHttpResponse, new RawBytesServerOptions(WaitForClientBytes: true));
        var probe = new HttpHopProbe(Options(null));

        var hop = await probe.ProbeAsync(new Uri($"https://{Host}:{plain.Port}/"), IPAddress.Loopback, CancellationToken.None);

        hop.Error.ShouldBe(HttpHopError.TlsFailed);
    }

    [Fact]
    public async Task ProbeAsync_StallingServer_ReportsTimeoutThroughTheScanner()
    {
        await using var stalling = StallingServer.Start();

        var report = await ScanAsync(stalling.Port, Options(null) with { HopTimeout = TimeSpan.FromMilliseconds(500) });

        report.Https.Outcome.ShouldBe(RedirectChainOutcome.HopFailed);
        report.Https.First.Error.ShouldBe(HttpHopError.Timeout); // stuck in the TLS handshake
        report.Findings.ShouldContain(f => f.Id == Core.Findings.FindingIds.HttpProbeFailed);
        report.Preload.Errors.Select(i => i.Code).ShouldBe(["domain.tls.cannot_connect"]);
        report.Headers.Tests.Single(t => t.Test == "strict-transport-security").Outcome.ShouldBe("hsts-not-implemented-no-https");
    }

    [Fact]
    public async Task ProbeAsync_JudgedHeaders_AreKeptInOrderWithRepeatsAndOthersDropped()
    {
        await using var https = StartHttps(Root(ScriptedResponse.Ok(("Server", "x"), ("Set-Cookie", "a=1"), ("set-cookie", "b=2"), ("X-Frame-Options", "DENY"))));
        var probe = new HttpHopProbe(Options(null));

        var hop = await probe.ProbeAsync(new Uri(HttpsUrl(https.Port)), IPAddress.Loopback, CancellationToken.None);

        hop.StatusCode.ShouldBe(200);
        hop.HeaderValues("Set-Cookie").ShouldBe(["a=1", "b=2"]);
        hop.Header("Server").ShouldBeNull();
        hop.Tls!.CertificateTrusted.ShouldBeTrue();
        hop.Tls.Protocol.ShouldBe("Tls13");
    }
}
