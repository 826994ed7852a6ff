using System.Net;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;
using Certwatch.TestKit.RealServers;
using Certwatch.Tls.Probing;

namespace Certwatch.Scanning.Tests.Scan.Probes;

/// <summary>
/// Real TLS servers, each scanned once for the whole test class: three <c>openssl s_server</c> configurations
/// and the in-process .NET lab server (OpenSSL 3 underneath).
/// </summary>
public sealed class RealServersFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A minimal well-formed OCSPResponse: responseStatus malformedRequest(1), no responseBytes (RFC 6960 §4.2.1).</summary>
    public static readonly byte[] OcspResponse = [0x30, 0x03, 0x0A, 0x01, 0x01];

    private readonly List<IAsyncDisposable> _servers = [];

    public TestChain Chain { get; } = TestPki.CreateChain("localhost", Now);

    /// <summary>s_server -no_tls1_3 -cipher ECDHE-RSA-AES128-SHA:AES256-SHA.</summary>
    public ScanFacts TwoSuites { get; private set; } = null!;

    /// <summary>s_server -tls1_3 with two suites, two groups and ALPN h2, http/1.1.</summary>
    public ScanFacts Tls13Only { get; private set; } = null!;

    /// <summary>s_server with every suite (NULL and anonymous too) at security level 0 from TLS 1.0, server preference, a stapled OCSP response.</summary>
    public ScanFacts Legacy { get; private set; } = null!;

    /// <summary>The .NET LabTlsServer with OpenSSL's defaults.</summary>
    public ScanFacts Lab { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var two = await StartAsync(["-no_tls1_3", "-cipher", "ECDHE-RSA-AES128-SHA:AES256-SHA"]);
        var tls13 = await StartAsync(["-tls1_3", "-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256:TLS_AES_256_GCM_SHA384", "-groups", "secp384r1:x25519", "-alpn", "h2,http/1.1"]);
        var legacy = await StartAsync(["-cipher", "ALL:COMPLEMENTOFALL:@SECLEVEL=0", "-min_protocol", "TLSv1", "-serverpref"], OcspResponse);
        var lab = LabTlsServer.Start(new LabTlsServerOptions(Chain.Leaf.Certificate, [Chain.Intermediate.PublicOnly()]));
        _servers.Add(lab);
        var scans = await Task.WhenAll(ScanAsync(two.Port), ScanAsync(tls13.Port), ScanAsync(legacy.Port), ScanAsync(lab.Port));
        (TwoSuites, Tls13Only, Legacy, Lab) = (scans[0], scans[1], scans[2], scans[3]);
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
    }

    private async Task<OpenSslServer> StartAsync(IReadOnlyList<string> options, byte[]? stapled = null)
    {
        var server = await OpenSslServer.StartAsync(new OpenSslServerOptions(Chain.Served) { Arguments = options, StapledResponse = stapled });
        _servers.Add(server);
        return server;
    }

    private static async Task<ScanFacts> ScanAsync(int port)
    {
        using var connector = new ProbeConnector(ProbeHarness.Limits);
        var endpoint = new ProbeEndpoint(IPAddress.Loopback, port, "localhost", StartTlsProtocol.None);
        return await AddressProbes.RunAsync(connector, endpoint, ProbeHarness.Limits, ProbeRandom.Seeded(11), activeVulnerabilityProbes: true, CancellationToken.None);
    }
}
