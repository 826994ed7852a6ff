using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Decides which caIssuers URL to download next, the way Chrome's CertIssuerSourceAia does: only when path
/// building found no issuer for a certificate, only http:// URLs (RFC 5280 §4.2.2.1: caIssuers is fetched
/// over HTTP or LDAP; clients do not recurse into TLS to build a TLS chain), each URL once.
/// </summary>
public static class AiaIssuerPlanner
{
    /// <summary>The certificate whose issuer is missing on the best path, with its first untried http URL; null when nothing is left to fetch.</summary>
    public static (CertificateInfo Certificate, string Url)? Next(PathValidation validation, IReadOnlySet<string> alreadyTried)
    {
        ArgumentNullException.ThrowIfNull(validation);
        if (validation.Best.EndsAtTrustAnchor || validation.Path.Count == 0)
        {
            return null;
        }

        var top = validation.Path[^1];
        if (top.IsSelfIssued)
        {
            return null;
        }

        var url = top.CaIssuersUrls.FirstOrDefault(u => IsHttp(u) && !alreadyTried.Contains(u));
        return url is null ? null : (top, url);
    }

    public static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp;
}
