using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

public sealed class PolicyHeaderTestsTests
{
    [Theory]
    [InlineData(null, "x-content-type-options-not-implemented", -5)]
    [InlineData("nosniff", "x-content-type-options-nosniff", 0)]
    [InlineData("NoSniff", "x-content-type-options-nosniff", 0)]
    [InlineData("sniff-away", "x-content-type-options-header-invalid", -5)]
    public void ContentTypeOptions_Value_GivesObservatoryOutcome(string? value, string outcome, int modifier) =>
        Check(PolicyHeaderTests.ContentTypeOptions(value), outcome, modifier);

    [Theory]
    [InlineData(new string[0], "referrer-policy-not-implemented", 0)]
    [InlineData(new[] { "no-referrer" }, "referrer-policy-private", 5)]
    [InlineData(new[] { "strict-origin-when-cross-origin" }, "referrer-policy-private", 5)]
    [InlineData(new[] { "unsafe-url" }, "referrer-policy-unsafe", -5)]
    [InlineData(new[] { "no-referrer-when-downgrade" }, "referrer-policy-unsafe", -5)]
    [InlineData(new[] { "no-referrer, unsafe-url" }, "referrer-policy-unsafe", -5)] // the last known value wins
    [InlineData(new[] { "unsafe-url, bogus-future-value" }, "referrer-policy-unsafe", -5)] // unknown values are skipped
    [InlineData(new[] { "bogus" }, "referrer-policy-header-invalid", -5)]
    public void ReferrerPolicy_Values_GiveObservatoryOutcome(string[] values, string outcome, int modifier) =>
        Check(PolicyHeaderTests.ReferrerPolicy(values), outcome, modifier);

    [Theory]
    [InlineData(null, "corp-not-implemented", 0)]
    [InlineData("same-origin", "corp-implemented-with-same-origin", 10)]
    [InlineData("same-site", "corp-implemented-with-same-site", 10)]
    [InlineData("cross-origin", "corp-implemented-with-cross-origin", 0)]
    [InlineData("everyone", "corp-header-invalid", -5)]
    public void ResourcePolicy_Value_GivesObservatoryOutcome(string? value, string outcome, int modifier) =>
        Check(PolicyHeaderTests.ResourcePolicy(value), outcome, modifier);

    [Theory]
    [InlineData("require-corp", "coep-implemented-with-require-corp", 10)]
    [InlineData("credentialless", "coep-implemented-with-credentialless", 10)]
    [InlineData("unsafe-none", "coep-implemented-with-unsafe-none", 0)]
    [InlineData("require-corp;report-to=\"e\"", "coep-implemented-with-require-corp", 10)]
    [InlineData("yes", "coep-header-invalid", -5)]
    public void EmbedderPolicy_Value_GivesObservatoryOutcome(string value, string outcome, int modifier) =>
        Check(PolicyHeaderTests.EmbedderPolicy(value), outcome, modifier);

    [Theory]
    [InlineData("same-origin", "coop-implemented-with-same-origin", 10)]
    [InlineData("same-origin-allow-popups", "coop-implemented-with-same-origin-allow-popups", 10)]
    [InlineData("noopener-allow-popups", "coop-implemented-with-noopener-allow-popups", 10)]
    [InlineData("unsafe-none", "coop-implemented-with-unsafe-none", 0)]
    [InlineData("strict", "coop-header-invalid", -5)]
    public void OpenerPolicy_Value_GivesObservatoryOutcome(string value, string outcome, int modifier) =>
        Check(PolicyHeaderTests.OpenerPolicy(value), outcome, modifier);

    [Fact]
    public void PermissionsPolicy_Present_IsNeverScored() =>
        PolicyHeaderTests.PermissionsPolicy("camera=()").Modifier.ShouldBe(0);

    private static void Check(HeaderTestResult result, string outcome, int modifier)
    {
        result.Outcome.ShouldBe(outcome);
        result.Modifier.ShouldBe(modifier);
    }
}
