using Certwatch.TestKit.Pki;
using Certwatch.X509.Conformance;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Conformance;

public sealed class LimboHarnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<TestChain> Chain = new(() => TestPki.CreateChain("a.test", Now,
        root: s => s with { Key = TestKey.EcP256() },
        intermediate: s => s with { Key = TestKey.EcP256(), BasicConstraints = BasicConstraintsSpec.Ca() },
        leaf: s => s with { Key = TestKey.EcP256(), ExtendedKeyUsages = [TestOids.ServerAuth] }));

    [Fact]
    public void Run_ValidServerCase_Succeeds()
    {
        var result = LimboHarness.Run(Case(), Now);

        result.ActualResult.ShouldBe(LimboOutcome.Success, result.Context);
        result.Id.ShouldBe("test::case");
    }

    [Fact]
    public void Run_ClientCaseWithServerAuthOnlyLeaf_FailsOnTheEku()
    {
        var result = LimboHarness.Run(Case() with { ValidationKind = "CLIENT" }, Now);

        result.ActualResult.ShouldBe(LimboOutcome.Failure);
        result.Context.ShouldNotBeNull().ShouldContain("without clientAuth");
    }

    [Fact]
    public void Run_NoValidationTime_UsesTheGivenClock()
    {
        var result = LimboHarness.Run(Case() with { ValidationTime = null }, Now.AddYears(30));

        result.ActualResult.ShouldBe(LimboOutcome.Failure);
        result.Context.ShouldNotBeNull().ShouldContain("expired");
    }

    [Theory]
    [InlineData(0, LimboOutcome.Failure)]
    [InlineData(1, LimboOutcome.Success)]
    public void Run_MaxChainDepth_CountsIntermediates(int depth, LimboOutcome expected)
    {
        var result = LimboHarness.Run(Case() with { MaxChainDepth = depth }, Now);

        result.ActualResult.ShouldBe(expected, result.Context);
    }

    [Fact]
    public void Run_Rfc822PeerName_IsSkippedWithReason()
    {
        var result = LimboHarness.Run(Case() with { ExpectedPeerNames = [new LimboPeerName("RFC822", "a@a.test")] }, Now);

        result.ActualResult.ShouldBe(LimboOutcome.Skipped);
        result.Context.ShouldNotBeNull().ShouldContain("RFC822");
    }

    [Fact]
    public void Run_WrongPeerName_FailsNamingIt()
    {
        var result = LimboHarness.Run(Case() with { ExpectedPeerNames = [new LimboPeerName("DNS", "b.test")] }, Now);

        result.ActualResult.ShouldBe(LimboOutcome.Failure);
        result.Context.ShouldNotBeNull().ShouldContain("not b.test");
    }

    [Fact]
    public void Run_UnparsablePeer_Fails()
    {
        var result = LimboHarness.Run(Case() with { PeerCertificate = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" }, Now);

        result.ActualResult.ShouldBe(LimboOutcome.Failure);
        result.Context.ShouldNotBeNull().ShouldContain("peer certificate could not be parsed");
    }

    [Fact]
    public void Write_Results_FollowsTheHarnessProtocol()
    {
        var json = LimboResultsWriter.Write([new LimboResult("a", LimboOutcome.Success, null), new LimboResult("b", LimboOutcome.Skipped, "why")]);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        document.RootElement.GetProperty("version").GetInt32().ShouldBe(1);
        document.RootElement.GetProperty("harness").GetString().ShouldBe("certwatch");
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("actual_result").GetString()).ShouldBe(["SUCCESS", "SKIPPED"]);
        results[1].GetProperty("context").GetString().ShouldBe("why");
    }

    private static LimboCase Case() => new()
    {
        Id = "test::case",
        ValidationKind = "SERVER",
        TrustedCerts = [Chain.Value.Root.Pem],
        UntrustedIntermediates = [Chain.Value.Intermediate.Pem],
        PeerCertificate = Chain.Value.Leaf.Pem,
        ValidationTime = Now,
        ExpectedResult = LimboOutcome.Success,
        ExpectedPeerNames = [new LimboPeerName("DNS", "a.test")],
    };
}
