using Certwatch.TestKit.Pki;
using Certwatch.X509.Chain;
using Certwatch.X509.Trust;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Chain;

public class AiaIssuerPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly TestChain Chain = TestPki.CreateChain("plan.lab.test", Now,
        leaf: s => s with { CaIssuersUrls = ["https://127.0.0.1:9/int.der", "http://127.0.0.1:9/int.der"] });

    private static TrustStore Trust => new("test", [Chain.Root.Info]);

    [Fact]
    public void Next_LeafAlone_PicksTheFirstHttpUrlOfTheLeaf()
    {
        var next = AiaIssuerPlanner.Next(Verify([]), new HashSet<string>());

        next.ShouldNotBeNull();
        next.Value.Url.ShouldBe("http://127.0.0.1:9/int.der");
        next.Value.Certificate.DisplayName.ShouldBe("plan.lab.test");
    }

    [Fact]
    public void Next_UrlAlreadyTried_Null()
    {
        AiaIssuerPlanner.Next(Verify([]), new HashSet<string> { "http://127.0.0.1:9/int.der" }).ShouldBeNull();
    }

    [Fact]
    public void Verify_ExtraIssuerSupplied_PathReachesTheAnchorAndNothingIsLeftToFetch()
    {
        var validation = Verify([Chain.Intermediate.Info]);

        validation.IsValid.ShouldBeTrue();
        validation.Path.Select(c => c.DisplayName).ShouldBe(["plan.lab.test", "Certwatch Test Intermediate", "Certwatch Test Root"]);
        AiaIssuerPlanner.Next(validation, new HashSet<string>()).ShouldBeNull();
    }

    [Fact]
    public void Verify_ExtraIssuerIsNeverAnAnchor_RootAsExtraStaysUntrusted()
    {
        var untrusted = new TrustStore("empty", []);
        var validation = ChainVerifier.Verify(new VerificationRequest([Chain.Leaf.Info], untrusted, Now, "plan.lab.test", VerificationPolicy.Strict)
        {
            ExtraIssuers = [Chain.Intermediate.Info, Chain.Root.Info],
        });

        validation.IsValid.ShouldBeFalse();
        validation.Best.EndsAtTrustAnchor.ShouldBeFalse();
    }

    private static PathValidation Verify(IReadOnlyList<Certwatch.X509.Model.CertificateInfo> extra) =>
        ChainVerifier.Verify(new VerificationRequest([Chain.Leaf.Info], Trust, Now, "plan.lab.test", VerificationPolicy.Strict) { ExtraIssuers = extra });
}
