using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Clients;

/// <summary>
/// What one real client sends in its ClientHello: versions, cipher suites in its order, groups in its order,
/// signature algorithms, and the DH sizes it accepts. Loaded from <c>Scan/Clients/Data/*.json</c>.
/// </summary>
/// <param name="Id">The data file name ("chrome-131").</param>
/// <param name="ModernBrowser">A current browser: the clients whose outcome SSL Labs' forward-secrecy rule looks at.</param>
/// <param name="Source">Where the facts come from.</param>
/// <param name="Versions">Newest first.</param>
/// <param name="MinDhBits">The client aborts on smaller DHE groups (null: no limit known).</param>
/// <param name="MaxDhBits">The client aborts on larger DHE groups (Java 8: 2048).</param>
public sealed record ClientProfile(
    string Id,
    string Name,
    string? Platform,
    bool ModernBrowser,
    string Source,
    IReadOnlyList<ProtocolVersion> Versions,
    IReadOnlyList<CipherSuiteInfo> CipherSuites,
    IReadOnlyList<NamedGroup> Groups,
    IReadOnlyList<SignatureScheme> SignatureAlgorithms,
    int? MinDhBits,
    int? MaxDhBits)
{
    /// <summary>"Chrome 131 (Windows 11)".</summary>
    public string DisplayName => Platform is null ? Name : $"{Name} ({Platform})";
}
