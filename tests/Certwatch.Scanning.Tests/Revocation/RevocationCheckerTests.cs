using System.Security.Cryptography.X509Certificates;
using Certwatch.Scanning.Aia;
using Certwatch.Scanning.Revocation;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.X509.Revocation;

namespace Certwatch.Scanning.Tests.Revocation;

public sealed class RevocationCheckerTests(RevocationPkiFixture pki) : IClassFixture<RevocationPkiFixture>
{
    private static readonly NetworkFetchOptions Options = NetworkFetchOptions.Default with { Timeout = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task CheckPathAsync_OcspSaysRevoked_RevokedWithReasonAndDate()
    {
        var leaf = pki.Leaf(crl: false);
        pki.Ocsp.SetStatus(leaf, OcspCertStatus.Revoked, reason: 1);

        var check = (await CheckAsync(leaf)).ShouldHaveSingleItem();

        check.Status.ShouldBe(RevocationStatus.Revoked);
        check.Source.ShouldBe(RevocationSource.Ocsp);
        check.Url.ShouldBe(pki.Ocsp.Url);
        check.Reason.ShouldBe("keyCompromise");
        check.RevokedAt.ShouldBe(RevocationPkiFixture.Now.AddDays(-1));
    }

    [Fact]
    public async Task CheckPathAsync_OcspGoodFromDelegatedResponder_Good()
    {
        var leaf = pki.Leaf(crl: false);
        pki.Ocsp.DelegatedSigner = pki.Delegated;
        try
        {
            var check = (await CheckAsync(leaf)).ShouldHaveSingleItem();

            check.Status.ShouldBe(RevocationStatus.Good);
            check.Detail.ShouldNotBeNull().ShouldContain("delegated responder 'Lab OCSP Responder'");
        }
        finally
        {
            pki.Ocsp.DelegatedSigner = null;
        }
    }

    [Fact]
    public async Task CheckPathAsync_LeafOnCrl_RevokedFromCrl()
    {
        var leaf = pki.Leaf(ocsp: false);
        pki.Crl.Revoke(leaf, RevocationPkiFixture.Now.AddDays(-2), X509RevocationReason.Superseded);

        var check = (await CheckAsync(leaf)).ShouldHaveSingleItem();

        check.Status.ShouldBe(RevocationStatus.Revoked);
        check.Source.ShouldBe(RevocationSource.Crl);
        check.Reason.ShouldBe("superseded");
    }

    [Theory]
    [InlineData(OcspResponderMode.TryLater, "responder answered TryLater")]
    [InlineData(OcspResponderMode.Stall, "timed out after 1s")]
    [InlineData(OcspResponderMode.Garbage, "not a valid OCSP response")]
    public async Task CheckPathAsync_ResponderUnusableAndNoCrl_UnavailableNeverRevoked(OcspResponderMode mode, string reason)
    {
        await using var responder = new OcspResponder(pki.Chain.Intermediate, () => RevocationPkiFixture.Now) { Mode = mode };
        var leaf = pki.Leaf(crl: false, ocspUrl: responder.Url);

        var check = (await CheckAsync(leaf)).ShouldHaveSingleItem();

        check.Status.ShouldBe(RevocationStatus.Unavailable);
        check.Detail.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public async Task CheckPathAsync_ResponderUnreachable_FallsBackToCrl()
    {
        var leaf = pki.Leaf(ocspUrl: "http://127.0.0.1:1/ocsp");

        var check = (await CheckAsync(leaf)).ShouldHaveSingleItem();

        check.Source.ShouldBe(RevocationSource.Crl);
        check.Status.ShouldBe(RevocationStatus.Good);
    }

    [Fact]
    public async Task CheckPathAsync_RevocationOff_AsksNobody()
    {
        var before = pki.Ocsp.RequestCount;

        using var fetcher = new BoundedHttpFetcher(Options);
        var checks = await new RevocationChecker(fetcher, Options with { Revocation = false })
            .CheckPathAsync([pki.Leaf().Info, pki.Chain.Intermediate.Info], RevocationPkiFixture.Now, CancellationToken.None);

        checks.ShouldBeEmpty();
        pki.Ocsp.RequestCount.ShouldBe(before);
    }

    private async Task<IReadOnlyList<RevocationCheck>> CheckAsync(IssuedCertificate leaf)
    {
        using var fetcher = new BoundedHttpFetcher(Options);
        return await new RevocationChecker(fetcher, Options).CheckPathAsync([leaf.Info, pki.Chain.Intermediate.Info], RevocationPkiFixture.Now, CancellationToken.None);
    }
}
