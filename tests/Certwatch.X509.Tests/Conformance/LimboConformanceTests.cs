using System.Globalization;
using Certwatch.X509.Conformance;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Certwatch.X509.Tests.Conformance;

/// <summary>
/// The whole x509-limbo suite through <see cref="LimboHarness"/>: every case matches its expected result or is
/// a listed divergence with a reason, and no listed divergence matches any more.
/// </summary>
public sealed class LimboConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Suite_EveryCase_MatchesOrIsAListedDivergence()
    {
        var unexpected = LimboSuiteFiles.Cases
            .Where(c => !LimboSuiteFiles.Matches(c) && !LimboSuiteFiles.Divergences.ContainsKey(c.Id))
            .Select(Describe)
            .ToList();

        WriteMatchRate();
        unexpected.ShouldBeEmpty(string.Join(Environment.NewLine, unexpected));
    }

    [Fact]
    public void Divergences_EveryListedCase_StillDiverges()
    {
        var nowMatching = LimboSuiteFiles.Divergences.Keys
            .Where(id => LimboSuiteFiles.Cases.Any(c => c.Id == id && LimboSuiteFiles.Matches(c)))
            .ToList();

        nowMatching.ShouldBeEmpty($"these cases now match; remove them from limbo-divergences.json: {string.Join(", ", nowMatching)}");
    }

    [Fact]
    public void Divergences_EveryListedCase_ExistsAndHasAReason()
    {
        var ids = LimboSuiteFiles.Cases.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        LimboSuiteFiles.Divergences.Keys.Where(id => !ids.Contains(id)).ShouldBeEmpty("listed divergences that are not in the suite");
        LimboSuiteFiles.Divergences.Where(d => d.Value.Trim().Length < 10).Select(d => d.Key).ShouldBeEmpty("divergences without a reason");
    }

    [Fact]
    public void Suite_MatchRate_IsAtLeastWhatTheDivergenceListAllows()
    {
        var matched = LimboSuiteFiles.Cases.Count(LimboSuiteFiles.Matches);

        LimboSuiteFiles.Cases.Count.ShouldBe(135);
        matched.ShouldBe(LimboSuiteFiles.Cases.Count - LimboSuiteFiles.Divergences.Count);
        (100.0 * matched / LimboSuiteFiles.Cases.Count).ShouldBeGreaterThanOrEqualTo(97.0, "the conformance floor reached in Nov 2026; do not regress it");
    }

    private void WriteMatchRate()
    {
        var matched = LimboSuiteFiles.Cases.Count(LimboSuiteFiles.Matches);
        var total = LimboSuiteFiles.Cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"x509-limbo match rate: {matched}/{total} = {100.0 * matched / total:F1} % (SKIPPED counts as a miss)"));
    }

    private static string Describe(LimboCase testCase)
    {
        var result = LimboSuiteFiles.Results[testCase.Id];
        return $"{testCase.Id}: expected {LimboResultsWriter.Text(testCase.ExpectedResult)}, got {LimboResultsWriter.Text(result.ActualResult)} ({result.Context})";
    }
}
