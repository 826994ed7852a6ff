namespace Certwatch.Scanning.Resolution;

/// <summary>
/// Names every resolver answers without asking the DNS: IP literals, the RFC 6761 §6.4 "invalid" names
/// (never resolve) and §6.3 "localhost" with every name under it (the loopback host).
/// </summary>
public enum SpecialUseName
{
    /// <summary>An ordinary name: ask the resolver.</summary>
    None,
    IpLiteral,
    Invalid,
    Localhost,
}
