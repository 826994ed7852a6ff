using Certwatch.Scanning.Check;

namespace Certwatch.Scanning.Tests.Check;

public sealed class StrictTransportSecurityTests
{
    [Theory]
    [InlineData("max-age=31536000", true)]
    [InlineData("max-age=31536000; includeSubDomains; preload", true)]
    [InlineData("includeSubDomains; MAX-AGE = 300", true)]
    [InlineData("max-age=\"86400\"", true)]
    [InlineData("max-age=99999999999999999999999", true)]
    [InlineData("max-age=0", false)]
    [InlineData("max-age=00", false)]
    [InlineData("max-age=-1", false)]
    [InlineData("max-age=abc", false)]
    [InlineData("includeSubDomains", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsAsserted_HeaderValue_TrueOnlyForPositiveMaxAge(string? value, bool expected) =>
        StrictTransportSecurity.IsAsserted(value).ShouldBe(expected);
}
