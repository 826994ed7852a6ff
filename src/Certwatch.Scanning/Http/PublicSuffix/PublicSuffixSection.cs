namespace Certwatch.Scanning.Http;

/// <summary>The section of the Public Suffix List a rule belongs to (publicsuffix.org/list: "===BEGIN ICANN DOMAINS===").</summary>
public enum PublicSuffixSection
{
    /// <summary>No rule matched; the implicit "*" rule applied (the last label is the suffix).</summary>
    DefaultRule,

    /// <summary>Suffixes delegated by ICANN registries (TLDs and their second levels).</summary>
    Icann,

    /// <summary>Suffixes operated by private parties (github.io, blogspot.com…).</summary>
    Private,
}
