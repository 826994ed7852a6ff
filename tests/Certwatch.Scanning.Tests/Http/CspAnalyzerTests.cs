using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>Outcomes and modifiers as the MDN HTTP Observatory gives them (csp.js, charts.js).</summary>
public sealed class CspAnalyzerTests
{
    public static TheoryData<string, string, int> Policies() => new()
    {
        { "default-src 'none'", "csp-implemented-with-no-unsafe-default-src-none", 10 },
        { "default-src 'self'", "csp-implemented-with-no-unsafe", 5 },
        { "default-src 'self'; script-src 'self' 'unsafe-inline'", "csp-implemented-with-unsafe-inline", -20 },
        { "default-src 'self'; script-src 'self' data:", "csp-implemented-with-unsafe-inline", -20 },
        // A nonce disables 'unsafe-inline' in CSP2+ browsers.
        { "default-src 'self'; script-src 'nonce-abc' 'unsafe-inline'", "csp-implemented-with-no-unsafe", 5 },
        // 'strict-dynamic' with a nonce disables host and scheme sources (CSP3 §8.2).
        { "default-src 'self'; script-src 'nonce-abc' 'strict-dynamic' https: 'unsafe-inline'", "csp-implemented-with-no-unsafe", 5 },
        // style-src falls back to default-src, then to "*": broad styles only cost nothing.
        { "object-src 'none'; script-src 'nonce-abc' 'strict-dynamic'", "csp-implemented-with-unsafe-inline-in-style-src-only", 0 },
        { "default-src 'self'; script-src 'strict-dynamic'", "csp-header-invalid", -25 },
        { "default-src *", "csp-implemented-with-unsafe-inline", -20 },
        { "default-src 'self'; script-src https:", "csp-implemented-with-unsafe-inline", -20 },
        // No script-src and no default-src: scripts are unrestricted.
        { "frame-ancestors 'none'", "csp-implemented-with-unsafe-inline", -20 },
        { "script-src 'self'", "csp-implemented-with-unsafe-inline", -20 }, // object-src falls back to *
        { "default-src 'self'; script-src 'self' http://cdn.example", "csp-implemented-with-insecure-scheme", -20 },
        { "default-src 'self'; script-src 'self' 'unsafe-eval'", "csp-implemented-with-unsafe-eval", -10 },
        { "default-src 'self'; img-src http://img.example", "csp-implemented-with-insecure-scheme-in-passive-content-only", -10 },
        { "default-src 'self'; style-src 'self' 'unsafe-inline'", "csp-implemented-with-unsafe-inline-in-style-src-only", 0 },
        { "default-src 'self'; default-src *", "csp-implemented-but-duplicate-directives", 0 },
        { "default-src 'self'; bad_name x", "csp-header-invalid", -25 },
        // Two enforced policies: a source must pass both, so the stricter one decides.
        { "default-src 'self' 'unsafe-inline', default-src 'self'", "csp-implemented-with-no-unsafe", 5 },
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Evaluate_Policy_GivesObservatoryOutcome(string header, string outcome, int modifier)
    {
        var result = CspAnalyzer.Evaluate([header], [], https: true).Result;

        result.Outcome.ShouldBe(outcome);
        result.Modifier.ShouldBe(modifier);
        result.HeaderValue.ShouldBe(header);
    }

    [Fact]
    public void Evaluate_NoHeader_IsNotImplemented()
    {
        var result = CspAnalyzer.Evaluate([], [], https: true).Result;

        result.Outcome.ShouldBe("csp-not-implemented");
        result.Modifier.ShouldBe(-25);
    }

    [Fact]
    public void Evaluate_ReportOnlyOnly_IsNotImplementedButReporting()
    {
        var evaluation = CspAnalyzer.Evaluate([], ["default-src 'none'"], https: true);

        evaluation.Result.Outcome.ShouldBe("csp-not-implemented-but-reporting-enabled");
        evaluation.Result.Modifier.ShouldBe(-25);
        evaluation.Has(CspWeaknessKind.NotImplemented).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_SeveralWeaknesses_ListsEachWithItsSources()
    {
        var evaluation = CspAnalyzer.Evaluate(["script-src 'unsafe-inline' 'unsafe-eval' *"], [], https: true);

        evaluation.Weaknesses.Select(w => w.Kind).ShouldBe(
            [CspWeaknessKind.UnsafeInlineScript, CspWeaknessKind.BroadSource, CspWeaknessKind.BroadSource, CspWeaknessKind.UnsafeEval, CspWeaknessKind.UnsafeStyle],
            ignoreOrder: true);
        evaluation.Weaknesses.First(w => w.Kind == CspWeaknessKind.UnsafeInlineScript).Sources.ShouldBe(["'unsafe-inline'"]);
    }
}
