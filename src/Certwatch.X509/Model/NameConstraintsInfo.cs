namespace Certwatch.X509.Model;

/// <summary>
/// The nameConstraints extension of a CA (RFC 5280 §4.2.1.10), for the name forms TLS uses: dNSName
/// subtrees ("example.com", ".example.com") and iPAddress subtrees as CIDR ("10.0.0.0/8"). Any other
/// form present (directoryName, email, URI…) is listed in <see cref="OtherForms"/> by name.
/// </summary>
public sealed record NameConstraintsInfo(
    IReadOnlyList<string> PermittedDns,
    IReadOnlyList<string> ExcludedDns,
    IReadOnlyList<string> PermittedIp,
    IReadOnlyList<string> ExcludedIp,
    IReadOnlyList<string> OtherForms,
    bool Critical);
