using System.Net;
using Certwatch.X509.Model;

namespace Certwatch.X509.Names;

/// <summary>Matches a reference identifier (DNS name or IP literal) against a leaf per RFC 6125 and the CA/B Forum BRs.</summary>
public static class HostnameMatcher
{
    /// <summary>
    /// DNS references match SAN dNSNames (RFC 6125 §6.4), IP references match SAN iPAddresses by value;
    /// the subject CN counts only when the leaf has no SAN dNSName/iPAddress at all (Chrome
    /// <c>X509Certificate::VerifyHostname</c>). <see cref="NameMatch.MatchedOnlyCommonName"/> says the
    /// name is found only in that CN, whether or not the fallback is allowed.
    /// </summary>
    /// <param name="allowCommonNameFallback">Match the subject CN when the leaf has no SAN (OpenSSL, Java); browsers and Go do not.</param>
    public static NameMatch Match(CertificateInfo leaf, string expectedName, bool allowCommonNameFallback = false)
    {
        var hasSan = leaf.DnsNames.Count > 0 || leaf.IpAddresses.Count > 0;
        var presented = PresentedNames(leaf, hasSan);
        if (ReferenceIdentifier.TryParseIp(expectedName, out var address))
        {
            // RFC 6125 §6.2.1 / BR §7.1.4.2.1: IP references never match dNSNames or the CN.
            return new NameMatch(expectedName, leaf.IpAddresses.Any(a => a.Equals(address)), false, presented);
        }

        var reference = ReferenceIdentifier.NormalizeDns(expectedName);
        if (hasSan)
        {
            return new NameMatch(expectedName, reference is not null && leaf.DnsNames.Any(n => DnsNameMatches(n, reference)), false, presented);
        }

        var commonNameMatches = reference is not null && leaf.SubjectCommonName is { } cn && DnsNameMatches(cn, reference);
        return new NameMatch(expectedName, commonNameMatches && allowCommonNameFallback, commonNameMatches, presented);
    }

    private static List<string> PresentedNames(CertificateInfo leaf, bool hasSan) =>
        hasSan
            ? [.. leaf.DnsNames, .. leaf.IpAddresses.Select(a => a.ToString())]
            : leaf.SubjectCommonName is { } cn ? [cn] : [];

    /// <summary>
    /// RFC 6125 §6.4.1/§6.4.3 as Chrome applies it: case-insensitive, trailing dot ignored; a wildcard
    /// only as the whole left-most label, standing for exactly one non-empty label, over a base of at
    /// least two labels ("*.com" matches nothing). Partial wildcards ("f*.x.com") compare literally.
    /// </summary>
    private static bool DnsNameMatches(string presentedName, string reference)
    {
        var presented = ReferenceIdentifier.NormalizeDns(presentedName);
        if (presented is null)
        {
            return false;
        }

        if (!presented.StartsWith("*.", StringComparison.Ordinal))
        {
            return presented == reference;
        }

        var wildcardBase = presented[2..];
        if (wildcardBase.Contains('*', StringComparison.Ordinal) || wildcardBase.Split('.').Length < 2)
        {
            return false;
        }

        var firstDot = reference.IndexOf('.', StringComparison.Ordinal);
        return firstDot > 0 && reference[(firstDot + 1)..] == wildcardBase;
    }
}
