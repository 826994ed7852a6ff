namespace Certwatch.Scanning.Caa;

/// <summary>
/// The issuer-domain-name of an "issue" or "issuewild" value (RFC 8659 §4.2):
/// <c>*WSP [issuer-domain-name *WSP] [";" *WSP [parameters *WSP]]</c>. Parameters (account URIs,
/// validation methods) restrict the CA further; they are shown, not evaluated.
/// </summary>
public static class CaaIssuerValue
{
    /// <summary>
    /// The lower-cased domain, "" when the value names no CA (";" alone: no CA may issue), or null when the
    /// value is malformed — which, like an unknown domain, authorises no one (RFC 8659 §4.2).
    /// </summary>
    public static string? IssuerDomain(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var domain = (semicolon < 0 ? value : value[..semicolon]).Trim(' ', '\t');
        if (domain.Length == 0)
        {
            return "";
        }

        return IsDomain(domain) ? domain.ToLowerInvariant() : null;
    }

    // label = (ALPHA / DIGIT) *( *("-") (ALPHA / DIGIT) ), labels joined by ".".
    private static bool IsDomain(string text) =>
        text.Length <= 253 && text.Split('.').All(label =>
            label.Length is > 0 and <= 63
            && char.IsAsciiLetterOrDigit(label[0]) && char.IsAsciiLetterOrDigit(label[^1])
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
}
