using Certwatch.Cli.Reporting;

namespace Certwatch.Cli.Tests.Scan;

public sealed class ScanGradeRankTests
{
    [Theory]
    [InlineData(new[] { "A", "B" }, "B")]
    [InlineData(new[] { "A+", "A-" }, "A-")]
    [InlineData(new[] { "F", "T" }, "T")]
    [InlineData(new[] { "C", "M" }, "M")]
    [InlineData(new[] { "A", "?" }, "A")]
    public void Lowest_SeveralAddresses_WeakestRealGrade(string[] grades, string expected)
    {
        ScanGradeRank.Lowest(grades).ShouldBe(expected);
    }

    [Fact]
    public void Lowest_NothingGraded_Null()
    {
        ScanGradeRank.Lowest([]).ShouldBeNull();
        ScanGradeRank.Lowest(["?"]).ShouldBeNull();
    }
}
