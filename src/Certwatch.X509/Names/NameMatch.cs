namespace Certwatch.X509.Names;

/// <summary>
/// Result of matching a reference name against a leaf (RFC 6125 §6, CA/B BR §7.1.4.2): whether it
/// matched, whether only the legacy subject CN matched (no SAN), and the names the certificate is valid for.
/// </summary>
public sealed record NameMatch(string ExpectedName, bool Matched, bool MatchedOnlyCommonName, IReadOnlyList<string> PresentedNames);
