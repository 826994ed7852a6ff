using Certwatch.X509.Analysis;
using Certwatch.X509.Names;
using Shouldly;
using Xunit;
using static Certwatch.X509.Tests.Analysis.HandMadeChain;

namespace Certwatch.X509.Tests.Analysis;

public class ServedChainInspectorTests
{
    [Fact]
    public void Inspect_GoodChain_InOrderNothingExtra()
    {
        var (served, validation) = Good();

        var facts = ServedChainInspector.Inspect(served, validation.Path, true, [], validation.NameMatch);

        facts.ShouldBe(new ServedChainFacts(true, false, 0, 0, true, null, null));
    }

    [Fact]
    public void Inspect_RootSentAndUnrelatedExtra_CountsThem()
    {
        var path = new[] { Leaf(), Intermediate(), Root() };
        var served = new[] { Leaf(), Intermediate(), Root(), Cert("Other CA", "Other Root", "99") };

        var facts = ServedChainInspector.Inspect(served, path, true, [], new NameMatch("x", false, false, []));

        facts.ContainsAnchor.ShouldBeTrue();
        facts.UnrelatedCount.ShouldBe(1);
        facts.InOrder.ShouldBeTrue();
        facts.LeafMatchesName.ShouldBeFalse();
    }

    [Fact]
    public void Inspect_PathStopsBelowARoot_MissingIssuerIsTheTopsIssuer()
    {
        var intermediate = Intermediate() with { CaIssuersUrls = ["http://ca.example/root.der"] };

        var facts = ServedChainInspector.Inspect([Leaf(), intermediate], [Leaf(), intermediate], false, [], null);

        facts.MissingIssuer.ShouldBe("CN=Test Root");
        facts.MissingIssuerUrl.ShouldBe("http://ca.example/root.der");
    }
}
