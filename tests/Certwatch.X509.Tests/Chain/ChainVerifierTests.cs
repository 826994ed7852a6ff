using System.Diagnostics;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Trust;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Chain;

public sealed class ChainVerifierTests
{
    private static readonly DateTimeOffset Now = ChainScenario.Now;

    public static TheoryData<string> ValidScenarios => Names(ChainScenarios.Valid);

    public static TheoryData<string> FailingScenarios => Names(ChainScenarios.Failing);

    [Theory]
    [MemberData(nameof(ValidScenarios))]
    public void Verify_ValidScenario_ReturnsValidPathToAnchor(string scenario)
    {
        var row = ChainScenarios.Valid[scenario]();

        var result = row.Verify();

        result.Problems.ShouldBeEmpty(string.Join(Environment.NewLine, result.Problems.Select(p => p.Message)));
        result.IsValid.ShouldBeTrue();
        result.Best.EndsAtTrustAnchor.ShouldBeTrue();
        if (row.ExpectedPath is { } expected)
        {
            result.Path.Select(c => c.Sha256Fingerprint).ShouldBe(expected.Select(c => c.Info.Sha256Fingerprint));
        }
    }

    [Theory]
    [MemberData(nameof(FailingScenarios))]
    public void Verify_FailingScenario_ReportsKindPositionAndFacts(string scenario)
    {
        var row = ChainScenarios.Failing[scenario]();

        var result = row.Verify();

        result.IsValid.ShouldBeFalse();
        var problem = result.Problems.FirstOrDefault(p => p.Kind == row.ExpectedKind);
        problem.ShouldNotBeNull($"expected {row.ExpectedKind}; got: {string.Join(" | ", result.Problems.Select(p => $"{p.Kind}: {p.Message}"))}");
        problem.Position.ShouldBe(row.ExpectedPosition);
        problem.Certificate.ShouldBe(result.Path[problem.Index]);
        foreach (var fact in row.ExpectedFacts ?? [])
        {
            problem.Message.ShouldContain(fact, Case.Insensitive);
        }
    }

    [Fact]
    public void Verify_ExpiredLeafWithWrongName_RecordsEveryProblem()
    {
        var chain = ChainScenarios.Chain(leaf: s => s with { NotAfter = Now.AddDays(-1) }, intermediate: s => s with { NotAfter = Now.AddDays(-2) });

        var result = Verify([chain.Leaf, chain.Intermediate], [chain.Root], "wrong.test");

        result.Problems.Select(p => (p.Kind, p.Position)).ShouldBe(
            [(ProblemKind.Expired, CertificatePosition.Leaf), (ProblemKind.Expired, CertificatePosition.Intermediate), (ProblemKind.NameMismatch, CertificatePosition.Leaf)],
            ignoreOrder: true);
        result.NameMatch.ShouldNotBeNull().Matched.ShouldBeFalse();
    }

    [Fact]
    public void Verify_CrossSignedIntermediate_KeepsTheExpiredAlternativeInPathsTried()
    {
        var row = ChainScenarios.Valid["expired cross-sign tried first, valid path found"]();

        var result = row.Verify();

        result.IsValid.ShouldBeTrue();
        result.PathsTried.Count.ShouldBe(2);
        result.PathsTried[0].Problems.ShouldContain(p => p.Kind == ProblemKind.Expired && p.Position == CertificatePosition.Intermediate);
    }

    [Fact]
    public void Verify_SixtySameSubjectCertificates_StopsWithinBudgetWithoutAValidPath()
    {
        var loop = SameSubjectCertificates(60);
        var leaf = TestPki.LeafSpec(ChainScenarios.Host, loop[^1], Now, TestKey.EcP256()) with { IncludeAuthorityKeyId = false };
        var root = TestPki.RootSpec(ChainScenarios.RootName, Now, TestKey.EcP256()).Issue();
        var served = new List<IssuedCertificate> { leaf.Issue() };
        served.AddRange(loop);
        var request = Request(served, [root], ChainScenarios.Host);

        var result = ChainVerifier.Verify(request);

        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.Kind == ProblemKind.BudgetExceeded || p.Kind == ProblemKind.UntrustedRoot || p.Kind == ProblemKind.IssuerNotFound);
        result.PathsTried.Count.ShouldBeLessThanOrEqualTo(ChainVerifier.MaxPathsReported + 1);
    }

    [Fact]
    public void Verify_TinyBudget_ReportsBudgetExceeded()
    {
        var chain = ChainScenarios.Chain();
        var request = Request([chain.Leaf, chain.Intermediate], [chain.Root], ChainScenarios.Host) with
        {
            Policy = VerificationPolicy.Strict with { MaxPathBuildCalls = 1 },
        };

        var result = ChainVerifier.Verify(request);

        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.Kind == ProblemKind.BudgetExceeded && p.Message.Contains("1 build steps", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_CorruptSignatureBytes_ReportsBadSignatureWithoutThrowing()
    {
        var chain = ChainScenarios.Chain();
        var corrupt = chain.Leaf.Info with { SignatureValue = [1, 2, 3] };
        var request = new VerificationRequest([corrupt, chain.Intermediate.Info], Store(chain.Root), Now, ChainScenarios.Host, VerificationPolicy.Strict);

        var result = ChainVerifier.Verify(request);

        result.Problems.ShouldContain(p => p.Kind == ProblemKind.BadSignature && p.Position == CertificatePosition.Leaf);
    }

    [Theory]
    [InlineData("1.3.101.112", "Ed25519")]
    [InlineData("1.2.840.113549.1.1.14", "sha224WithRSAEncryption")]
    [InlineData("1.2.3.4", "unknown")]
    public void Verify_SignatureAlgorithmCertwatchCannotCheck_ReportsUnsupportedAlgorithm(string oid, string name)
    {
        var chain = ChainScenarios.Chain();
        var leaf = chain.Leaf.Info with { SignatureAlgorithm = new SignatureAlgorithmInfo(oid, name, null) };
        var request = new VerificationRequest([leaf, chain.Intermediate.Info], Store(chain.Root), Now, ChainScenarios.Host, VerificationPolicy.Strict);

        var result = ChainVerifier.Verify(request);

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ProblemKind.UnsupportedSignatureAlgorithm);
        problem.Position.ShouldBe(CertificatePosition.Leaf);
        problem.Message.ShouldContain(oid);
    }

    [Fact]
    public void Verify_SameRequestTwice_GivesTheSameAnswer()
    {
        var row = ChainScenarios.Failing["untrusted root"]();

        var first = row.Verify();
        var second = row.Verify();

        second.Problems.Select(p => p.Message).ShouldBe(first.Problems.Select(p => p.Message));
        second.PathsTried.Count.ShouldBe(first.PathsTried.Count);
    }

    [Fact]
    public void Verify_ThreeCertificatesAgainst150Anchors_FindsTheOneMatchingAnchor()
    {
        // Speed of this case is measured in bench/ (VerifierBenchmarks), not here.
        var chain = ChainScenarios.Chain();
        var anchors = Enumerable.Range(0, 149).Select(i => TestPki.RootSpec($"CN=Filler Root {i}", Now, TestKey.EcP256()).Issue()).Append(chain.Root);
        var request = Request([chain.Leaf, chain.Intermediate, chain.Root], [.. anchors], ChainScenarios.Host);

        var result = ChainVerifier.Verify(request);

        result.IsValid.ShouldBeTrue();
        result.Path.Select(c => c.Sha256Fingerprint).ShouldBe([chain.Leaf.Info.Sha256Fingerprint, chain.Intermediate.Info.Sha256Fingerprint, chain.Root.Info.Sha256Fingerprint]);
    }

    [Fact]
    public void Verify_NoServedCertificates_ReturnsInvalidEmptyPath()
    {
        var chain = ChainScenarios.Chain();

        var result = ChainVerifier.Verify(new VerificationRequest([], Store(chain.Root), Now, ChainScenarios.Host, VerificationPolicy.Strict));

        result.IsValid.ShouldBeFalse();
        result.Path.ShouldBeEmpty();
    }

    private static List<IssuedCertificate> SameSubjectCertificates(int count)
    {
        var certificates = new List<IssuedCertificate>();
        var first = TestPki.RootSpec("CN=Loop CA", Now, TestKey.EcP256()).Issue();
        certificates.Add(first);
        for (var i = 1; i < count; i++)
        {
            var spec = TestPki.IntermediateSpec("CN=Loop CA", certificates[^1], Now, TestKey.EcP256()) with
            {
                BasicConstraints = BasicConstraintsSpec.Ca(),
                IncludeAuthorityKeyId = false,
            };
            certificates.Add(spec.Issue());
        }

        return certificates;
    }

    private static PathValidation Verify(IReadOnlyList<IssuedCertificate> served, IReadOnlyList<IssuedCertificate> anchors, string name) =>
        ChainVerifier.Verify(Request(served, anchors, name));

    private static VerificationRequest Request(IReadOnlyList<IssuedCertificate> served, IReadOnlyList<IssuedCertificate> anchors, string name) =>
        new([.. served.Select(c => c.Info)], Store([.. anchors]), Now, name, VerificationPolicy.Strict);

    private static TrustStore Store(params IssuedCertificate[] anchors) => new("test roots", anchors.Select(a => a.Info));

    private static TheoryData<string> Names(IReadOnlyDictionary<string, Func<ChainScenario>> table)
    {
        var data = new TheoryData<string>();
        foreach (var name in table.Keys)
        {
            data.Add(name);
        }

        return data;
    }
}
