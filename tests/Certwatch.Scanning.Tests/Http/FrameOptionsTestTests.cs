using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

public sealed class FrameOptionsTestTests
{
    [Theory]
    [InlineData(null, null, "x-frame-options-not-implemented", -20)]
    [InlineData("DENY", null, "x-frame-options-sameorigin-or-deny", 5)]
    [InlineData("sameorigin", null, "x-frame-options-sameorigin-or-deny", 5)]
    [InlineData("ALLOW-FROM https://a.example", null, "x-frame-options-allow-from-origin", 0)]
    [InlineData("ALLOWALL", null, "x-frame-options-header-invalid", -20)]
    // CSP frame-ancestors wins over X-Frame-Options (CSP3 §6.4.2), whatever X-Frame-Options says.
    [InlineData("ALLOWALL", "frame-ancestors 'self'", "x-frame-options-implemented-via-csp", 5)]
    [InlineData(null, "frame-ancestors 'none'", "x-frame-options-implemented-via-csp", 5)]
    // A wildcard frame-ancestors protects nothing.
    [InlineData(null, "frame-ancestors *", "x-frame-options-not-implemented", -20)]
    public void Evaluate_Headers_GiveObservatoryOutcome(string? frameOptions, string? csp, string outcome, int modifier)
    {
        var policy = csp is null ? null : CspParser.Parse([csp]);

        var result = FrameOptionsTest.Evaluate(frameOptions, policy);

        result.Outcome.ShouldBe(outcome);
        result.Modifier.ShouldBe(modifier);
    }
}
