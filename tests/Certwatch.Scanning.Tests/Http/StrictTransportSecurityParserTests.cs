using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

public sealed class StrictTransportSecurityParserTests
{
    // Headers browsers apply: (header, max-age as Chrome stores it, as written, includeSubDomains, preload).
    public static TheoryData<string, long, long, bool, bool> AcceptedHeaders() => new()
    {
        { "max-age=31536000", 31536000, 31536000, false, false },
        { "max-age=31536000; includeSubDomains; preload", 31536000, 31536000, true, true },
        // RFC 6797 §6.1 rules 1 and 3: order does not matter, names are case-insensitive.
        { "PRELOAD; IncludeSubdomains; MAX-AGE=300", 300, 300, true, true },
        // Optional whitespace around names, "=" and values.
        { "  max-age = 300 ;\tincludeSubDomains  ", 300, 300, true, false },
        // §6.1.1: the value is read after quoted-string unescaping.
        { "max-age=\"86400\"", 86400, 86400, false, false },
        { "max-age=\"86\\400\"", 86400, 86400, false, false },
        // Trailing and empty directives are allowed by the grammar: [ directive ] *( ";" [ directive ] ).
        { "max-age=300;", 300, 300, false, false },
        { ";;max-age=300;;includeSubDomains;", 300, 300, true, false },
        // Rule 5: unknown directives are skipped, with or without a token or quoted value.
        { "max-age=300; report-uri=\"https://a.example/r;x\"; foo; bar=baz", 300, 300, false, false },
        // Leading zeros are still digits.
        { "max-age=000300", 300, 300, false, false },
        // Chrome caps at kMaxHSTSAgeSecs = 1 year, overflow included.
        { "max-age=63072000; includeSubDomains; preload", 31536000, 63072000, true, true },
        { "max-age=99999999999999999999999", 31536000, long.MaxValue, false, false },
        // max-age=0 is valid: it deletes the host's entry (§6.1.1).
        { "max-age=0", 0, 0, false, false },
        { "max-age=0; includeSubDomains", 0, 0, true, false },
        // Browsers skip preload as an unknown directive, so a repeated preload is harmless to them.
        { "max-age=300; preload; preload", 300, 300, false, true },
    };

    // Headers browsers ignore as a whole (§6.1 rule 4), with the first reason given.
    public static TheoryData<string, HstsProblemKind, string> IgnoredHeaders() => new()
    {
        { "", HstsProblemKind.MaxAgeMissing, "the header is empty; max-age is required" },
        { " ; ", HstsProblemKind.MaxAgeMissing, "max-age is missing; it is required" },
        { "includeSubDomains; preload", HstsProblemKind.MaxAgeMissing, "max-age is missing; it is required" },
        { "max-age=300; max-age=300", HstsProblemKind.MaxAgeRepeated, "max-age appears twice" },
        { "max-age=1; Max-Age=2; MAX-AGE=3", HstsProblemKind.MaxAgeRepeated, "max-age appears 3 times" },
        { "max-age", HstsProblemKind.MaxAgeWithoutValue, "max-age has no value ('max-age')" },
        { "max-age=", HstsProblemKind.MaxAgeWithoutValue, "max-age has no value ('max-age=')" },
        { "max-age=\"\"", HstsProblemKind.MaxAgeWithoutValue, "max-age has no value ('max-age=\"\"')" },
        { "max-age=1y", HstsProblemKind.MaxAgeNotSeconds, "max-age '1y' is not a number of seconds" },
        { "max-age=-1", HstsProblemKind.MaxAgeNotSeconds, "max-age '-1' is not a number of seconds" },
        { "max-age=+300", HstsProblemKind.MaxAgeNotSeconds, "max-age '+300' is not a number of seconds" },
        { "max-age=300.5", HstsProblemKind.MaxAgeNotSeconds, "max-age '300.5' is not a number of seconds" },
        { "max-age=\"1y\"", HstsProblemKind.MaxAgeNotSeconds, "max-age '\"1y\"' is not a number of seconds" },
        // A missing ";" glues the next directive onto the value.
        { "max-age=300 includeSubDomains", HstsProblemKind.MaxAgeNotSeconds, "max-age '300 includeSubDomains' is not a number of seconds" },
        { "max-age=300, includeSubDomains", HstsProblemKind.MaxAgeNotSeconds, "max-age '300, includeSubDomains' is not a number of seconds" },
        { "max-age=300; includeSubDomains; includeSubDomains", HstsProblemKind.IncludeSubDomainsRepeated, "includeSubDomains appears twice" },
        // §6.1.2: valueless; Chrome rejects any value, even an empty one.
        { "max-age=300; includeSubDomains=1", HstsProblemKind.IncludeSubDomainsWithValue, "includeSubDomains takes no value ('includeSubDomains=1')" },
        { "max-age=300; includesubdomains=\"\"", HstsProblemKind.IncludeSubDomainsWithValue, "includeSubDomains takes no value ('includesubdomains=\"\"')" },
        { "max-age=300; includeSubDomains=", HstsProblemKind.IncludeSubDomainsWithValue, "includeSubDomains takes no value ('includeSubDomains=')" },
        { "max-age=\"300", HstsProblemKind.Malformed, "'max-age=\"300' has a broken quoted-string" },
        { "max-age=\"300\"x", HstsProblemKind.Malformed, "'max-age=\"300\"x' has a broken quoted-string" },
        { "max-age=300; =1", HstsProblemKind.Malformed, "'=1' has no directive name" },
        { "max-age=300; max age=1", HstsProblemKind.Malformed, "'max age' is not a valid directive name" },
        { "max-age=300; foo=a b", HstsProblemKind.Malformed, "the value of 'foo' is neither a token nor a quoted-string ('foo=a b')" },
        { "max-age=300; foo=", HstsProblemKind.Malformed, "the value of 'foo' is neither a token nor a quoted-string ('foo=')" },
        { "max-age=300; preload=a b", HstsProblemKind.Malformed, "the value of 'preload' is neither a token nor a quoted-string ('preload=a b')" },
    };

    [Theory]
    [MemberData(nameof(AcceptedHeaders))]
    public void Parse_ConformingHeader_IsValidWithBrowserValues(string header, long maxAge, long declared, bool includeSubDomains, bool preload)
    {
        var policy = StrictTransportSecurityParser.Parse(header);

        policy.Valid.ShouldBeTrue(string.Join("; ", policy.Problems));
        policy.HeaderValue.ShouldBe(header);
        policy.MaxAgeSeconds.ShouldBe(maxAge);
        policy.DeclaredMaxAgeSeconds.ShouldBe(declared);
        policy.IncludeSubDomains.ShouldBe(includeSubDomains);
        policy.Preload.ShouldBe(preload);
        policy.MakesKnownHstsHost.ShouldBe(maxAge > 0);
        policy.ReasonsIgnored.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(IgnoredHeaders))]
    public void Parse_NonConformingHeader_IsIgnoredAsAWholeWithTheReason(string header, HstsProblemKind kind, string message)
    {
        var policy = StrictTransportSecurityParser.Parse(header);

        policy.Valid.ShouldBeFalse();
        policy.Present.ShouldBeTrue();
        policy.MakesKnownHstsHost.ShouldBeFalse();
        policy.MaxAgeSeconds.ShouldBeNull();
        policy.IncludeSubDomains.ShouldBeFalse();
        var reason = policy.ReasonsIgnored.First();
        reason.Kind.ShouldBe(kind);
        reason.Message.ShouldBe(message);
    }

    [Fact]
    public void Parse_NoHeader_IsAbsentWithoutProblems()
    {
        var policy = StrictTransportSecurityParser.Parse(null);

        policy.Present.ShouldBeFalse();
        policy.Valid.ShouldBeFalse();
        policy.MakesKnownHstsHost.ShouldBeFalse();
        policy.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_SeveralFaults_ReportsEveryReason()
    {
        var policy = StrictTransportSecurityParser.Parse("max-age=1y; max-age=2; includeSubDomains=yes");

        policy.ReasonsIgnored.Select(p => p.Kind).ShouldBe(
            [HstsProblemKind.MaxAgeRepeated, HstsProblemKind.MaxAgeNotSeconds, HstsProblemKind.IncludeSubDomainsWithValue], ignoreOrder: true);
    }

    [Theory]
    [InlineData("max-age=63072000", HstsProblemKind.MaxAgeCapped, "max-age 63072000 s is more than one year; Chrome stores 31536000 s (365 days)")]
    [InlineData("max-age=300; foo", HstsProblemKind.UnknownDirective, "unknown directive 'foo' is skipped")]
    [InlineData("max-age=300; preload=1", HstsProblemKind.PreloadWithValue, "preload takes no value ('preload=1')")]
    [InlineData("max-age=300; Preload; preload", HstsProblemKind.PreloadRepeated, "preload appears twice")]
    [InlineData("max-age=300;", HstsProblemKind.EmptyDirective, "an empty directive (';;' or a trailing ';') is skipped")]
    public void Parse_AcceptedHeaderWithOddity_NotesItWithoutIgnoringTheHeader(string header, HstsProblemKind kind, string message)
    {
        var policy = StrictTransportSecurityParser.Parse(header);

        policy.Valid.ShouldBeTrue();
        policy.Problems.ShouldContain(new HstsProblem(kind, message));
        policy.Problems.ShouldAllBe(p => !p.IgnoresHeader);
    }

    [Fact]
    public void Parse_PreloadWithValue_DoesNotCountAsPreload()
    {
        StrictTransportSecurityParser.Parse("max-age=31536000; includeSubDomains; preload=yes").Preload.ShouldBeFalse();
    }

    [Theory]
    [InlineData("max-age=31536000", false)]
    [InlineData("max-age=31536000", true)]
    [InlineData("max-age=1; max-age=2", false)]
    [InlineData("\"\\", false)]
    [InlineData("\"", false)]
    [InlineData("=", false)]
    [InlineData(";=;\"=\";\\", false)]
    [InlineData("max-age=\"\\\"", false)]
    public void Parse_HostileInput_NeverThrows(string header, bool padWithJunk)
    {
        var input = padWithJunk ? header + new string(';', 10_000) + "\0\u00ff\ud800" : header;

        Should.NotThrow(() => StrictTransportSecurityParser.Parse(input));
    }
}
