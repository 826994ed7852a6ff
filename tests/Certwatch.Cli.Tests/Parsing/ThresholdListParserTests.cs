using Certwatch.Cli.Parsing;

namespace Certwatch.Cli.Tests.Parsing;

public class ThresholdListParserTests
{
    [Theory]
    [InlineData("30,14,7,1", new[] { 30, 14, 7, 1 })]
    [InlineData("1, 7 ,30", new[] { 30, 7, 1 })]
    [InlineData("21", new[] { 21 })]
    [InlineData("7,7,3", new[] { 7, 3 })]
    public void TryParse_Days_ReturnsDistinctDescending(string text, int[] expected)
    {
        ThresholdListParser.TryParse(text, out var days, out _).ShouldBeTrue();
        days.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("30,,7")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("thirty")]
    public void TryParse_Invalid_ReturnsError(string text) =>
        ThresholdListParser.TryParse(text, out _, out var error).ShouldBeFalse();
}
