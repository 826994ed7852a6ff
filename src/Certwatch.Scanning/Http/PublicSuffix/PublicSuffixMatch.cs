namespace Certwatch.Scanning.Http;

/// <summary>What the Public Suffix List says about one domain name.</summary>
/// <param name="Domain">The name asked about, lower-case ASCII (A-labels), without a trailing dot.</param>
/// <param name="PublicSuffix">The public suffix (eTLD), e.g. "co.uk".</param>
/// <param name="RegistrableDomain">The public suffix plus one label (eTLD+1), e.g. "example.co.uk"; null when the name is itself a public suffix.</param>
/// <param name="Section">Which section of the list the prevailing rule came from.</param>
public sealed record PublicSuffixMatch(string Domain, string PublicSuffix, string? RegistrableDomain, PublicSuffixSection Section)
{
    /// <summary>The name is a public suffix itself (a TLD, co.uk, github.io…).</summary>
    public bool IsPublicSuffix => RegistrableDomain is null;

    /// <summary>The name is below its registrable domain (www.example.com, a.b.example.co.uk).</summary>
    public bool IsSubdomain => RegistrableDomain is not null && !Domain.Equals(RegistrableDomain, StringComparison.Ordinal);
}
