using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Http;

/// <summary>Cookie findings: missing Secure/HttpOnly, SameSite problems, broken __Host-/__Secure- prefixes.</summary>
internal static class CookieFindings
{
    public static IEnumerable<Finding> For(HttpFindingInput input)
    {
        var cookies = input.Cookies;
        var insecure = cookies.Where(c => !c.Secure || (c.IsSession && !c.HttpOnly)).ToList();
        if (insecure.Count > 0)
        {
            var session = insecure.Any(c => c.IsSession);
            yield return new Finding(FindingIds.HttpCookiesInsecure, session ? Severity.Warning : Severity.Info,
                $"Cookies without Secure or HttpOnly: {string.Join(", ", insecure.Select(c => c.Name))}",
                "A cookie without Secure is also sent over plain HTTP, where it can be read; a session cookie without HttpOnly can be stolen by any " +
                "injected script (RFC 6265 §4.1.2.5–§4.1.2.6; Observatory −5 … −40).",
                [.. insecure.Select(c => $"Set-Cookie: {c.Header}")],
                new FixAdvice("Set Secure on every cookie and HttpOnly on session cookies; in nginx for proxied apps:",
                    [new ServerConfigLine("nginx", "proxy_cookie_flags ~ secure httponly samesite=lax;")]),
                input.Address);
        }

        var sameSite = cookies.Where(c => !c.SameSiteValid || (c.IsAntiCsrf && c.SameSite is null)
            || (c.SameSite?.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) == true && !c.Secure)).ToList();
        if (sameSite.Count > 0)
        {
            yield return new Finding(FindingIds.HttpCookiesSameSite, Severity.Warning, $"SameSite missing or invalid: {string.Join(", ", sameSite.Select(c => c.Name))}",
                "SameSite must be Strict, Lax or None (None only with Secure); browsers reject or default an invalid value, and anti-CSRF cookies rely on it (RFC 6265bis §5.6.7; Observatory −20).",
                [.. sameSite.Select(c => $"Set-Cookie: {c.Header}")], FixAdvice.Text("Add SameSite=Lax (or Strict) to each cookie."), input.Address);
        }

        foreach (var cookie in cookies.Where(c => c.PrefixViolation is not null))
        {
            yield return new Finding(FindingIds.HttpCookiesPrefix, Severity.Warning, $"Cookie {cookie.Name}: {cookie.PrefixViolation}",
                "Cookie name prefixes are enforced by browsers (RFC 6265bis §4.1.3): a cookie that breaks its prefix's rules is silently dropped, so the application never gets it back.",
                [$"Set-Cookie: {cookie.Header}"], FixAdvice.Text("__Host- cookies: Secure; Path=/; no Domain. __Secure- cookies: Secure."), input.Address);
        }
    }
}
