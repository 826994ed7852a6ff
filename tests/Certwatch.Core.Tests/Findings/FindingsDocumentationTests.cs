using Certwatch.Core.Findings;

namespace Certwatch.Core.Tests.Findings;

public sealed class FindingsDocumentationTests
{
    // docs/findings.md is linked into the test output (see the csproj): builds may go to an --artifacts-path
    // outside the tree, and CI builds map source paths to /_/, so neither the output nor the source path finds it.
    private static readonly string FindingsMd = Path.Combine(AppContext.BaseDirectory, "docs", "findings.md");

    [Fact]
    public void FindingsMd_EveryFindingId_HasAHeading()
    {
        var headings = Headings();

        FindingIds.All.Where(id => !headings.Contains(id)).ShouldBeEmpty();
    }

    [Fact]
    public void FindingsMd_EveryHeading_IsAKnownId()
    {
        Headings().Where(h => !FindingIds.All.Contains(h)).ShouldBeEmpty();
    }

    [Fact]
    public void FindingIds_All_AreUniqueAndDotted()
    {
        FindingIds.All.Distinct().Count().ShouldBe(FindingIds.All.Count);
        FindingIds.All.ShouldAllBe(id => id.Contains('.') && id == id.ToLowerInvariant() && !id.Contains(' '));
    }

    private static HashSet<string> Headings() =>
        File.ReadAllLines(FindingsMd)
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => l[3..].Trim())
            .ToHashSet();
}
