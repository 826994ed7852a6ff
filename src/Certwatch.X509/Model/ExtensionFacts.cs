using System.Net;

namespace Certwatch.X509.Model;

/// <summary>What the decoded extensions contribute to a <see cref="CertificateInfo"/>, filled in one pass.</summary>
internal sealed class ExtensionFacts
{
    public List<string> DnsNames { get; } = [];
    public List<IPAddress> IpAddresses { get; } = [];
    public BasicConstraintsInfo? BasicConstraints { get; set; }
    public List<string>? KeyUsage { get; set; }
    public List<string>? ExtendedKeyUsage { get; set; }
    public List<string> CaIssuersUrls { get; } = [];
    public List<string> OcspUrls { get; } = [];
    public List<string> CrlUrls { get; } = [];
    public List<string> PolicyOids { get; } = [];
    public int SctCount { get; set; }
    public bool MustStaple { get; set; }
    public string? SubjectKeyId { get; set; }
    public string? AuthorityKeyId { get; set; }
    public NameConstraintsInfo? NameConstraints { get; set; }
    public List<ExtensionInfo> Extensions { get; } = [];

    /// <summary>RFC 5280 §4.2.1.4 / CA/B BR §7.1.6.1: EV outranks the other reserved policy OIDs.</summary>
    public ValidationLevel ValidationLevel =>
        PolicyOids.Contains("2.23.140.1.1") ? ValidationLevel.ExtendedValidation
        : PolicyOids.Contains("2.23.140.1.2.2") ? ValidationLevel.OrganizationValidated
        : PolicyOids.Contains("2.23.140.1.2.3") ? ValidationLevel.IndividualValidated
        : PolicyOids.Contains("2.23.140.1.2.1") ? ValidationLevel.DomainValidated
        : ValidationLevel.Unknown;
}
