using Certwatch.Cli.Parsing;

namespace Certwatch.Cli.Tests.Parsing;

public class DurationParserTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("5s", 5000)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1.5s", 1500)]
    [InlineData("7", 7000)]
    public void TryParse_ValidDuration_ReturnsMilliseconds(string text, double milliseconds)
    {
        DurationParser.TryParse(text, out var duration, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        duration.TotalMilliseconds.ShouldBe(milliseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5y")]
    [InlineData("-5s")]
    [InlineData("0s")]
    [InlineData("ms")]
    [InlineData("5 seconds")]
    [InlineData("100000h")]
    public void TryParse_Invalid_ReturnsOneLineErrorWithExamples(string text)
    {
        DurationParser.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("500ms");
    }
}
