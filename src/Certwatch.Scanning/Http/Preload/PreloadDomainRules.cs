using System.Net;

namespace Certwatch.Scanning.Http;

/// <summary>
/// hstspreload's domain checks (domain.go): the name's format, that it is not a public suffix, and that it
/// is the registrable domain itself (eTLD+1) — the form only takes registrable domains, www included.
/// </summary>
internal static class PreloadDomainRules
{
    public static IReadOnlyList<PreloadIssue> Check(string domain, PublicSuffixList suffixes)
    {
        var issues = new List<PreloadIssue>();
        if (domain.StartsWith('.'))
        {
            issues.Add(PreloadIssue.Error("domain.format.begins_with_dot", $"'{domain}' begins with '.'"));
        }

        if (domain.EndsWith('.'))
        {
            issues.Add(PreloadIssue.Error("domain.format.ends_with_dot", $"'{domain}' ends with '.'"));
        }

        if (domain.Contains("..", StringComparison.Ordinal))
        {
            issues.Add(PreloadIssue.Error("domain.format.contains_double_dot", $"'{domain}' contains '..'"));
        }

        if (!domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
        {
            issues.Add(PreloadIssue.Error("domain.format.invalid_characters", $"'{domain}' contains characters other than letters, digits, '-' and '.'"));
        }

        if (IPAddress.TryParse(domain, out _))
        {
            return [PreloadIssue.Error("domain.format.is_ip_address", $"'{domain}' is an IP address; only domain names can be preloaded")];
        }

        return issues.Count > 0 ? issues : CheckSuffix(domain, suffixes);
    }

    private static IReadOnlyList<PreloadIssue> CheckSuffix(string domain, PublicSuffixList suffixes)
    {
        var match = suffixes.Match(domain);
        if (match is null || match.IsPublicSuffix)
        {
            return [PreloadIssue.Error("domain.format.public_suffix", $"'{domain}' is a public suffix ({suffixes.Source}); only a registrable domain can be preloaded")];
        }

        return match.IsSubdomain
            ? [PreloadIssue.Error("domain.is_subdomain", $"'{domain}' is a subdomain; submit its registrable domain '{match.RegistrableDomain}' instead")]
            : [];
    }
}
