using Certwatch.Cli.Parsing;

namespace Certwatch.Cli.Tests.Parsing;

public class InstantParserTests
{
    [Theory]
    [InlineData("2027-03-01", "2027-03-01T00:00:00+00:00")]
    [InlineData("2027-03-01T12:00Z", "2027-03-01T12:00:00+00:00")]
    [InlineData("2027-03-01T12:00", "2027-03-01T12:00:00+00:00")]
    [InlineData("2027-03-01T12:00:30+02:00", "2027-03-01T10:00:30+00:00")]
    [InlineData("2027-03-01T12:00:30.5Z", "2027-03-01T12:00:30.5+00:00")]
    public void TryParse_IsoDateOrTime_ReturnsUtcInstant(string text, string expected)
    {
        InstantParser.TryParse(text, out var instant, out _).ShouldBeTrue();
        instant.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        instant.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("2027-13-01")]
    [InlineData("01/03/2027")]
    [InlineData("tomorrow")]
    [InlineData("2027-03-01 12:00")]
    public void TryParse_NotIso_ReturnsErrorWithExample(string text)
    {
        InstantParser.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("2027-03-01");
    }
}
