using Certwatch.X509.Model;
using Certwatch.X509.Names;

namespace Certwatch.X509.Chain;

/// <summary>
/// The name part of verification (RFC 6125 §6 via <see cref="HostnameMatcher"/>). Browsers and Go ignore the
/// subject CN (CA/B BR §7.1.4.2.2: SAN is required); OpenSSL and Java still fall back to it.
/// </summary>
internal static class NameCheck
{
    public static (NameMatch? Match, IReadOnlyList<CertificateProblem> Problems) Check(CertificateInfo leaf, string? expectedName, VerificationPolicy policy)
    {
        if (expectedName is null)
        {
            return (null, []);
        }

        var match = HostnameMatcher.Match(leaf, expectedName, allowCommonNameFallback: !policy.RequireSan);
        if (match.Matched)
        {
            return (match, []);
        }

        var hasSan = leaf.DnsNames.Count > 0 || leaf.IpAddresses.Count > 0;
        if (policy.RequireSan && !hasSan && HostnameMatcher.Match(leaf, expectedName, allowCommonNameFallback: true).Matched)
        {
            return (match, [Problem(leaf, ProblemKind.CommonNameOnly,
                $"has no subjectAltName: '{expectedName}' is only in the subject CN; clients that require SAN (Chrome, Firefox, Safari, Go) reject it, only OpenSSL/curl and Java accept it")]);
        }

        var presented = match.PresentedNames.Count == 0 ? "no names" : string.Join(", ", match.PresentedNames);
        return (match, [Problem(leaf, ProblemKind.NameMismatch, $"is valid for {presented} — not {expectedName}")]);
    }

    private static CertificateProblem Problem(CertificateInfo leaf, ProblemKind kind, string message) =>
        new(kind, CertificatePosition.Leaf, 0, leaf, $"{PathProblems.Describe(CertificatePosition.Leaf, 0, leaf)} {message}");
}
