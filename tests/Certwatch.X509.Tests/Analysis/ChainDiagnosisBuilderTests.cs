using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
using Certwatch.X509.Names;
using Shouldly;
using Xunit;
using static Certwatch.X509.Tests.Analysis.HandMadeChain;

namespace Certwatch.X509.Tests.Analysis;

public class ChainDiagnosisBuilderTests
{
    [Theory]
    [InlineData("missing-intermediate", ProblemKind.IssuerNotFound, 0)]
    [InlineData("untrusted-root", ProblemKind.UntrustedRoot, 2)]
    [InlineData("self-signed", ProblemKind.SelfSignedLeaf, 0)]
    public void Build_PathDoesNotReachAnAnchor_NamesWhyEvenIfTheVerifierDidNot(string condition, ProblemKind expected, int index)
    {
        var (served, validation) = ChainConditions.Build(condition);

        var diagnosis = ChainDiagnosisBuilder.Build(Input(served), validation);

        diagnosis.Problems.ShouldContain(p => p.Kind == expected && p.Index == index);
    }

    [Fact]
    public void Build_VerifierAndPolicyReportTheSameExpiry_KeptOnce()
    {
        var leaf = Leaf() with { NotAfter = Now.AddDays(-1) };
        var (served, validation) = MakeChain([leaf, Intermediate()], [leaf, Intermediate(), Root()], endsAtAnchor: true,
            [Problem(ProblemKind.Expired, leaf, 0)]);

        var diagnosis = ChainDiagnosisBuilder.Build(Input(served), validation);

        diagnosis.Problems.Count(p => p.Kind == ProblemKind.Expired).ShouldBe(1);
    }

    [Fact]
    public void Build_VerifierSaysMismatchButTheNameIsInTheCn_CommonNameOnlyReplacesIt()
    {
        var leaf = Cert("www.example.com", "Test Intermediate", "11") with { BasicConstraints = null, ExtendedKeyUsage = null };
        var (served, validation) = MakeChain([leaf, Intermediate()], [leaf, Intermediate(), Root()], endsAtAnchor: true,
            [Problem(ProblemKind.NameMismatch, leaf, 0)], new NameMatch("www.example.com", false, false, []));

        var diagnosis = ChainDiagnosisBuilder.Build(Input(served), validation);

        diagnosis.Has(ProblemKind.CommonNameOnly).ShouldBeTrue();
        diagnosis.Has(ProblemKind.NameMismatch).ShouldBeFalse();
    }

    [Fact]
    public void Build_TwoServedCertificatesShareIssuerAndSerial_FlagsReuse()
    {
        var (served, validation) = ChainConditions.Build("reused-serial");

        ChainDiagnosisBuilder.Build(Input(served), validation).ReusedIssuerSerial.ShouldBeTrue();
        ChainDiagnosisBuilder.Build(Input(Good().Served), Good().Validation).ReusedIssuerSerial.ShouldBeFalse();
    }
}
