using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
using Shouldly;
using Xunit;
using static Certwatch.X509.Tests.Analysis.HandMadeChain;

namespace Certwatch.X509.Tests.Analysis;

public class CertificatePolicyChecksTests
{
    [Theory]
    [InlineData("ok", null)]
    [InlineData("leaf-expired", ProblemKind.Expired)]
    [InlineData("leaf-not-yet-valid", ProblemKind.NotYetValid)]
    [InlineData("sha1", ProblemKind.WeakSignature)]
    [InlineData("rsa-1024", ProblemKind.WeakKey)]
    [InlineData("eku-missing", ProblemKind.EkuMissingServerAuth)]
    [InlineData("validity-too-long", ProblemKind.ValidityTooLong)]
    public void Check_Leaf_FindsItsProblem(string condition, ProblemKind? expected)
    {
        var path = ChainConditions.Build(condition).Validation.Path;

        var problems = CertificatePolicyChecks.Check(path, endsAtAnchor: true, Now).ToList();

        if (expected is null)
        {
            problems.ShouldBeEmpty();
            return;
        }
        problems.ShouldHaveSingleItem().Kind.ShouldBe(expected.Value);
        problems[0].Index.ShouldBe(0);
    }

    [Fact]
    public void Check_Sha1SignedAnchor_NotReported()
    {
        var root = Root() with { SignatureAlgorithm = new("1.2.840.113549.1.1.5", "sha1WithRSAEncryption", "SHA1") };

        CertificatePolicyChecks.Check([Leaf(), Intermediate(), root], endsAtAnchor: true, Now).ShouldBeEmpty();
    }

    [Fact]
    public void Check_Lifetime398DaysExactly_NotTooLong()
    {
        var leaf = Leaf() with { NotBefore = Now.AddDays(-1), NotAfter = Now.AddDays(397) };

        CertificatePolicyChecks.Check([leaf], endsAtAnchor: false, Now).ShouldBeEmpty();
    }
}
