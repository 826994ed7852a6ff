using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>hstspreload domain.go checks with the embedded Public Suffix List.</summary>
public sealed class PreloadDomainRulesTests
{
    [Theory]
    [InlineData("example.com", new string[0])]
    [InlineData("example.co.uk", new string[0])]
    [InlineData(".example.com", new[] { "domain.format.begins_with_dot" })]
    [InlineData("example.com.", new[] { "domain.format.ends_with_dot" })]
    [InlineData("example..com", new[] { "domain.format.contains_double_dot" })]
    [InlineData("exa_mple.com", new[] { "domain.format.invalid_characters" })]
    [InlineData("127.0.0.1", new[] { "domain.format.is_ip_address" })]
    [InlineData("com", new[] { "domain.format.public_suffix" })]
    [InlineData("co.uk", new[] { "domain.format.public_suffix" })]
    [InlineData("github.io", new[] { "domain.format.public_suffix" })]
    [InlineData("www.example.com", new[] { "domain.is_subdomain" })]
    [InlineData("a.example.co.uk", new[] { "domain.is_subdomain" })]
    public void Check_Domain_GivesHstspreloadCodes(string domain, string[] expected)
    {
        var issues = PreloadDomainRules.Check(domain, PublicSuffixList.Embedded);

        issues.Select(i => i.Code).ShouldBe(expected);
        issues.ShouldAllBe(i => i.Severity == PreloadIssueSeverity.Error);
    }
}
