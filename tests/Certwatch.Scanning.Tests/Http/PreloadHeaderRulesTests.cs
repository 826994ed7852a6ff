using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>Expected codes from chromium/hstspreload header.go and header_test.go behaviour.</summary>
public sealed class PreloadHeaderRulesTests
{
    public static TheoryData<string, string[]> Headers() => new()
    {
        { "max-age=31536000; includeSubDomains; preload", [] },
        { "max-age=63072000; includeSubDomains; preload", [] },
        { "MAX-AGE=31536000; INCLUDESUBDOMAINS; PRELOAD", [] }, // names are case-insensitive
        { "max-age=31536000; includeSubDomains; preload;", ["W header.parse.empty_directive"] },
        { "", ["W header.parse.empty", "E header.preloadable.include_sub_domains.missing", "E header.preloadable.preload.missing", "E header.preloadable.max_age.missing"] },
        { "max-age=31536000; preload", ["E header.preloadable.include_sub_domains.missing"] },
        { "max-age=31536000; includeSubDomains", ["E header.preloadable.preload.missing"] },
        { "max-age=10886400; includeSubDomains; preload", ["E header.preloadable.max_age.below_1_year"] },
        { "max-age=0; includeSubDomains; preload", ["E header.preloadable.max_age.zero"] },
        { "max-age=315360001; includeSubDomains; preload", ["W header.preloadable.max_age.over_10_years"] },
        { "max-age=031536000; includeSubDomains; preload", ["W header.parse.max_age.leading_zero"] },
        { "max-age=\"31536000\"; includeSubDomains; preload", ["E header.parse.max_age.non_digit_characters", "E header.preloadable.max_age.missing"] },
        { "max-age=99999999999999999999; includeSubDomains; preload", ["E header.parse.max_age.parse_int_error", "E header.preloadable.max_age.missing"] },
        { "max-age; includeSubDomains; preload", ["E header.parse.invalid.max_age.no_value", "E header.preloadable.max_age.missing"] },
        { "max-age=31536000; max-age=31536000; includeSubDomains; preload", ["W header.parse.repeated.max_age"] },
        { "max-age=31536000; includeSubDomains; includeSubDomains; preload", ["W header.parse.repeated.include_sub_domains"] },
        { "max-age=31536000; includeSubDomains; preload; preload", ["W header.parse.repeated.preload"] },
        { "max-age=31536000; includeSubDomains; preload=yes", ["W header.parse.invalid.preload", "E header.preloadable.preload.missing"] },
        { "max-age=31536000; includeSubDomains=1; preload", ["W header.parse.invalid.include_sub_domains", "E header.preloadable.include_sub_domains.missing"] },
        { "max-age=31536000; includeSubDomains; preload; report-uri=x", ["W header.parse.unknown_directive"] },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Check_Header_GivesHstspreloadCodes(string header, string[] expected)
    {
        var issues = PreloadHeaderRules.Check(header);

        issues.Select(i => $"{(i.Severity == PreloadIssueSeverity.Error ? "E" : "W")} {i.Code}").ShouldBe(expected, ignoreOrder: true);
    }
}
