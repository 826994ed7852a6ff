using System.Net;
using System.Security.Cryptography.X509Certificates;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Aia;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Tests.Check;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.X509.Trust;
using Certwatch.X509.Verdicts;

namespace Certwatch.Scanning.Tests.Revocation;

/// <summary>
/// The issue's lab cases end to end: a real TLS server on loopback, a loopback AIA server, OCSP responder
/// and CRL server; CheckRunner gathers the evidence and each client is judged on its own validation.
/// </summary>
public sealed class CheckRunnerNetworkEvidenceTests(RevocationPkiFixture pki) : IClassFixture<RevocationPkiFixture>
{
    private readonly CheckRunner _runner = new(FixedResolver.MustNotBeAsked, TimeProvider.System);

    [Fact]
    public async Task CheckAsync_IntermediateNotSent_ChromeOkViaRealAiaFirefoxAndCurlFail()
    {
        await using var aia = new AiaServer();
        var url = aia.Serve("int.der", asPkcs7: false, pki.Chain.Intermediate);
        var leaf = (TestPki.LeafSpec("localhost", pki.Chain.Intermediate, RevocationPkiFixture.Now, pki.Chain.Leaf.Key) with { CaIssuersUrls = [url] }).Issue();

        var report = await CheckAsync(leaf, sendIntermediate: false, Network());

        var verdicts = report.Addresses.ShouldHaveSingleItem().Analysis!.Verdicts.ToDictionary(v => v.Client);
        aia.RequestCount.ShouldBe(1);
        verdicts[ClientId.Chrome].Accepted.ShouldBeTrue();
        verdicts[ClientId.Chrome].Summary.ShouldBe($"completed the chain via AIA from {url}");
        verdicts[ClientId.Safari].Accepted.ShouldBeTrue();
        verdicts[ClientId.Firefox].ErrorCode.ShouldBe("SEC_ERROR_UNKNOWN_ISSUER");
        verdicts[ClientId.Firefox].Summary.ShouldBe("intermediate 'Lab Issuing CA' not sent");
        verdicts[ClientId.OpenSsl].Message.ShouldBe("curl: (60) SSL certificate problem: unable to get local issuer certificate");
        report.Findings.Select(f => f.Id).ShouldContain(FindingIds.ChainIncomplete);
    }

    [Fact]
    public async Task CheckAsync_AiaWithStrictSwitch_StrictAnalysisUsesTheDownload()
    {
        await using var aia = new AiaServer();
        var url = aia.Serve("int.p7c", asPkcs7: true, pki.Chain.Intermediate);
        var leaf = (TestPki.LeafSpec("localhost", pki.Chain.Intermediate, RevocationPkiFixture.Now, pki.Chain.Leaf.Key) with { CaIssuersUrls = [url] }).Issue();

        var report = await CheckAsync(leaf, sendIntermediate: false, Network() with { StrictUsesAia = true });

        report.Addresses[0].Analysis!.Validation.Best.EndsAtTrustAnchor.ShouldBeTrue();
    }

    [Fact]
    public async Task CheckAsync_AiaServerStalls_WarnsAndChromeFails()
    {
        await using var aia = new AiaServer { Mode = AiaServerMode.Stall };
        var leaf = (TestPki.LeafSpec("localhost", pki.Chain.Intermediate, RevocationPkiFixture.Now, pki.Chain.Leaf.Key) with { CaIssuersUrls = [aia.Url("int.der")] }).Issue();

        var report = await CheckAsync(leaf, sendIntermediate: false, Network());

        report.Findings.Single(f => f.Id == FindingIds.AiaFetchFailed).Severity.ShouldBe(Severity.Warning);
        report.Addresses[0].Analysis!.Verdicts.Single(v => v.Client == ClientId.Chrome).ErrorCode.ShouldBe("NET::ERR_CERT_AUTHORITY_INVALID");
    }

    [Fact]
    public async Task CheckAsync_LeafRevokedOnCrl_CriticalFindingWithReasonAndDate()
    {
        var leaf = LocalhostLeaf(ocsp: false);
        pki.Crl.Revoke(leaf, RevocationPkiFixture.Now.AddDays(-2), X509RevocationReason.KeyCompromise);

        var report = await CheckAsync(leaf, sendIntermediate: true, Network());

        var revoked = report.Findings.Single(f => f.Id == FindingIds.RevocationRevoked);
        revoked.Severity.ShouldBe(Severity.Critical);
        revoked.Title.ShouldBe("The certificate 'localhost' is revoked");
        revoked.Detail.ShouldContain("on 2026-05-30 12:00 UTC, reason keyCompromise");
        report.Status.ShouldBe(CheckStatus.Critical);
        var curl = report.Addresses[0].Analysis!.Verdicts.Single(v => v.Client == ClientId.OpenSsl);
        curl.Accepted.ShouldBeTrue();
        curl.Reason.ShouldNotBeNull().ShouldContain("does not check revocation by default");
    }

    [Fact]
    public async Task CheckAsync_LeafRevokedPerOcsp_CriticalFinding()
    {
        var leaf = LocalhostLeaf(crl: false);
        pki.Ocsp.SetStatus(leaf, OcspCertStatus.Revoked, reason: 4);

        var report = await CheckAsync(leaf, sendIntermediate: true, Network());

        report.Findings.Single(f => f.Id == FindingIds.RevocationRevoked).Detail.ShouldContain($"OCSP {pki.Ocsp.Url}");
    }

    [Fact]
    public async Task CheckAsync_ResponderTryLater_WarningNeverRevoked()
    {
        await using var responder = new OcspResponder(pki.Chain.Intermediate, () => RevocationPkiFixture.Now) { Mode = OcspResponderMode.TryLater };
        var leaf = LocalhostLeaf(crl: false, ocspUrl: responder.Url);

        var report = await CheckAsync(leaf, sendIntermediate: true, Network());

        report.Findings.Select(f => f.Id).ShouldNotContain(FindingIds.RevocationRevoked);
        report.Findings.Single(f => f.Id == FindingIds.RevocationUnavailable).Severity.ShouldBe(Severity.Warning);
    }

    private static NetworkFetchOptions Network() => NetworkFetchOptions.Default with { Timeout = TimeSpan.FromSeconds(1) };

    private IssuedCertificate LocalhostLeaf(bool ocsp = true, bool crl = true, string? ocspUrl = null) =>
        (TestPki.LeafSpec("localhost", pki.Chain.Intermediate, RevocationPkiFixture.Now, pki.Chain.Leaf.Key) with
        {
            CaIssuersUrls = [],
            OcspUrls = ocsp ? [ocspUrl ?? pki.Ocsp.Url] : [],
            CrlUrls = crl ? [pki.Crl.Url] : [],
        }).Issue();

    private async Task<TargetReport> CheckAsync(IssuedCertificate leaf, bool sendIntermediate, NetworkFetchOptions network)
    {
        await using var server = LabTlsServer.Start(new LabTlsServerOptions(leaf.Certificate, sendIntermediate ? [pki.Chain.Intermediate.Certificate] : [])
        {
            Address = IPAddress.Loopback,
        });
        var options = new CheckOptions(
            new TrustStore("test", [pki.Chain.Root.Info]),
            RevocationPkiFixture.Now,
            ExpiryPolicy.Default,
            new Tls.Handshake.ProbeOptions(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), SendHttpHead: false, TimeSpan.FromSeconds(2)),
            OverallTimeout: TimeSpan.FromSeconds(15),
            Concurrency: 1)
        {
            Network = network,
        };
        var target = new Target($"localhost:{server.Port}", "localhost", server.Port, "localhost", IPAddress.Loopback, "https");
        return await _runner.CheckAsync(target, options, CancellationToken.None);
    }
}
