namespace Certwatch.Scanning.Http;

/// <summary>One Set-Cookie field as a browser stores it (RFC 6265 §5.2; SameSite and prefixes per RFC 6265bis).</summary>
/// <param name="Header">The field value as received.</param>
/// <param name="Name">The cookie name.</param>
/// <param name="Secure">Sent over HTTPS only.</param>
/// <param name="HttpOnly">Hidden from scripts.</param>
/// <param name="SameSite">The SameSite value as written; null when absent.</param>
/// <param name="Domain">The Domain attribute; null when absent (host-only cookie).</param>
/// <param name="Path">The Path attribute; null when absent.</param>
public sealed record SetCookie(string Header, string Name, bool Secure, bool HttpOnly, string? SameSite, string? Domain, string? Path)
{
    /// <summary>Observatory's session-cookie rule (cookies.js): the name contains "login" or "sess".</summary>
    public bool IsSession => Name.Contains("sess", StringComparison.OrdinalIgnoreCase) || Name.Contains("login", StringComparison.OrdinalIgnoreCase);

    /// <summary>Observatory's anti-CSRF rule: the name contains "csrf".</summary>
    public bool IsAntiCsrf => Name.Contains("csrf", StringComparison.OrdinalIgnoreCase);

    /// <summary>SameSite is Strict, Lax or None (RFC 6265bis §5.6.7); an empty or other value is invalid.</summary>
    public bool SameSiteValid => SameSite is null || SameSite.Trim().ToLowerInvariant() is "strict" or "lax" or "none";

    /// <summary>
    /// RFC 6265bis §4.1.3: "__Secure-" needs Secure; "__Host-" needs Secure, Path=/ and no Domain. Browsers
    /// reject a cookie that breaks its prefix, so it is never set. Null when the prefix is honoured or absent.
    /// </summary>
    public string? PrefixViolation =>
        Name.StartsWith("__Host-", StringComparison.Ordinal) && !(Secure && Path == "/" && Domain is null)
            ? "a __Host- cookie needs Secure, Path=/ and no Domain; browsers refuse to set it"
            : Name.StartsWith("__Secure-", StringComparison.Ordinal) && !Secure ? "a __Secure- cookie needs Secure; browsers refuse to set it" : null;

    public static SetCookie Parse(string header)
    {
        var parts = header.Split(';');
        var pair = parts[0];
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var name = (equals < 0 ? "" : pair[..equals]).Trim();
        var cookie = new SetCookie(header, name, false, false, null, null, null);
        foreach (var attribute in parts.Skip(1))
        {
            var eq = attribute.IndexOf('=', StringComparison.Ordinal);
            var key = (eq < 0 ? attribute : attribute[..eq]).Trim().ToLowerInvariant();
            var value = eq < 0 ? "" : attribute[(eq + 1)..].Trim();
            cookie = key switch
            {
                "secure" => cookie with { Secure = true },
                "httponly" => cookie with { HttpOnly = true },
                "samesite" => cookie with { SameSite = value },
                "domain" => cookie with { Domain = value },
                "path" => cookie with { Path = value },
                _ => cookie,
            };
        }

        return cookie;
    }
}
