using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>Cookie outcomes as Observatory cookies.js gives them; the latest outcome in its goodness order wins.</summary>
public sealed class CookieTestTests
{
    [Theory]
    [InlineData(new string[0], true, "cookies-not-found", 0)]
    [InlineData(new[] { "sessionid=1; Secure; HttpOnly; SameSite=Lax" }, false, "cookies-secure-with-httponly-sessions-and-samesite", 5)]
    [InlineData(new[] { "sessionid=1; Secure; HttpOnly" }, false, "cookies-secure-with-httponly-sessions", 0)]
    [InlineData(new[] { "theme=dark" }, true, "cookies-without-secure-flag-but-protected-by-hsts", -5)]
    [InlineData(new[] { "theme=dark" }, false, "cookies-without-secure-flag", -20)]
    [InlineData(new[] { "sessionid=1; HttpOnly" }, true, "cookies-session-without-secure-flag-but-protected-by-hsts", -10)]
    [InlineData(new[] { "a=1; Secure; SameSite=Sometimes" }, false, "cookies-samesite-flag-invalid", -20)]
    [InlineData(new[] { "a=1; SameSite=None" }, true, "cookies-samesite-flag-invalid", -20)] // None needs Secure
    [InlineData(new[] { "csrftoken=1; Secure" }, false, "cookies-anticsrf-without-samesite-flag", -20)]
    [InlineData(new[] { "login=1; Secure" }, false, "cookies-session-without-httponly-flag", -30)]
    [InlineData(new[] { "PHPSESSID=1; HttpOnly" }, false, "cookies-session-without-secure-flag", -40)]
    [InlineData(new[] { "a=1; Secure; SameSite=Lax", "PHPSESSID=1; HttpOnly" }, false, "cookies-session-without-secure-flag", -40)]
    public void Evaluate_Cookies_GiveObservatoryOutcome(string[] headers, bool hsts, string outcome, int modifier)
    {
        var result = CookieTest.Evaluate([.. headers.Select(SetCookie.Parse)], hsts);

        result.Outcome.ShouldBe(outcome);
        result.Modifier.ShouldBe(modifier);
    }

    [Theory]
    [InlineData("__Host-id=1; Secure; Path=/", null)]
    [InlineData("__Host-id=1; Secure; Path=/; Domain=example.com", "a __Host- cookie needs Secure, Path=/ and no Domain; browsers refuse to set it")]
    [InlineData("__Host-id=1; Secure", "a __Host- cookie needs Secure, Path=/ and no Domain; browsers refuse to set it")]
    [InlineData("__Secure-id=1", "a __Secure- cookie needs Secure; browsers refuse to set it")]
    [InlineData("__Secure-id=1; secure", null)]
    public void PrefixViolation_Cookie_FollowsRfc6265bis(string header, string? violation) =>
        SetCookie.Parse(header).PrefixViolation.ShouldBe(violation);
}
