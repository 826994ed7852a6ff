using Certwatch.X509.Model;

namespace Certwatch.X509.Names;

/// <summary>Matches a reference identifier (DNS name or IP literal) against a leaf per RFC 6125 and the CA/B Forum BRs.</summary>
public static class HostnameMatcher
{
    /// <param name="allowCommonNameFallback">Match the subject CN when the leaf has no SAN (OpenSSL, Java); browsers and Go do not.</param>
    public static NameMatch Match(CertificateInfo leaf, string expectedName, bool allowCommonNameFallback = false) =>
        throw new NotImplementedException();
}
