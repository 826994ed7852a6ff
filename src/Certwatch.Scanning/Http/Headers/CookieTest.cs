namespace Certwatch.Scanning.Http;

/// <summary>
/// The Observatory cookie row (src/analyzer/tests/cookies.js): every cookie is judged; the outcome that is
/// latest in Observatory's "goodness" order wins. Session cookies (name with "sess"/"login") need Secure and
/// HttpOnly; every cookie should be Secure (HSTS softens a missing Secure); SameSite must be valid, and
/// anti-CSRF cookies need it. Prefix violations (RFC 6265bis §4.1.3) are reported, not scored.
/// </summary>
internal static class CookieTest
{
    private const string Test = "cookies";

    // Observatory's goodness list, least bad first; (outcome, modifier).
    private static readonly (string Outcome, int Modifier)[] Order =
    [
        ("cookies-without-secure-flag-but-protected-by-hsts", -5),
        ("cookies-without-secure-flag", -20),
        ("cookies-session-without-secure-flag-but-protected-by-hsts", -10),
        ("cookies-samesite-flag-invalid", -20),
        ("cookies-anticsrf-without-samesite-flag", -20),
        ("cookies-session-without-httponly-flag", -30),
        ("cookies-session-without-secure-flag", -40),
    ];

    public static HeaderTestResult Evaluate(IReadOnlyList<SetCookie> cookies, bool hstsProtects)
    {
        if (cookies.Count == 0)
        {
            return new(Test, "cookies-not-found", 0, "no cookies set", null);
        }

        var header = string.Join(" | ", cookies.Select(c => c.Header));
        var worst = -1;
        var reason = "";
        foreach (var cookie in cookies)
        {
            foreach (var (index, why) in Problems(cookie, hstsProtects))
            {
                if (index > worst)
                {
                    (worst, reason) = (index, $"{cookie.Name}: {why}");
                }
            }
        }

        if (worst >= 0)
        {
            return new(Test, Order[worst].Outcome, Order[worst].Modifier, reason, header);
        }

        return cookies.All(c => c.SameSite is not null)
            ? new(Test, "cookies-secure-with-httponly-sessions-and-samesite", 5, "every cookie is Secure and has SameSite; session cookies are HttpOnly", header)
            : new(Test, "cookies-secure-with-httponly-sessions", 0, "every cookie is Secure and session cookies are HttpOnly, but not every cookie has SameSite", header);
    }

    private static IEnumerable<(int Index, string Why)> Problems(SetCookie cookie, bool hsts)
    {
        if (!cookie.SameSiteValid || (!cookie.Secure && cookie.SameSite?.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) == true))
        {
            yield return (3, $"SameSite '{cookie.SameSite}' is invalid (SameSite=None also needs Secure)");
        }

        if (!cookie.Secure)
        {
            yield return hsts ? (0, "no Secure flag (HSTS keeps it off plain HTTP for returning visitors)") : (1, "no Secure flag: it is also sent over plain HTTP");
        }

        if (cookie.IsAntiCsrf && cookie.SameSite is null)
        {
            yield return (4, "an anti-CSRF cookie without SameSite");
        }

        if (cookie.IsSession && !cookie.Secure)
        {
            yield return hsts ? (2, "a session cookie without Secure (HSTS softens it)") : (6, "a session cookie without Secure: it travels over plain HTTP");
        }

        if (cookie.IsSession && !cookie.HttpOnly)
        {
            yield return (5, "a session cookie without HttpOnly: any injected script can steal it");
        }
    }
}
