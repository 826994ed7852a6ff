using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Assessment.Mozilla;

/// <summary>
/// Compares the server with each Mozilla profile and lists every deviation in one line. Like sslyze's
/// checker, anything enabled beyond the profile is a deviation; missing TLS 1.3 is one too (every 5.7 profile
/// includes it). Post-quantum hybrid groups are additions the 5.7 lists predate, so they are not flagged.
/// </summary>
internal static class MozillaComplianceChecker
{
    public static IReadOnlyList<MozillaProfileCompliance> Check(ServerTlsView server) =>
        [.. MozillaProfiles.All.Select(p => Check(server, p))];

    public static MozillaProfileCompliance Check(ServerTlsView server, MozillaProfile profile)
    {
        var deviations = Protocols(server, profile)
            .Concat(Ciphers(server, profile))
            .Concat(Groups(server, profile))
            .Concat(DhSize(server, profile))
            .Concat(MozillaCertificateRules.Deviations(server, profile))
            .Concat(Order(server, profile))
            .ToList();
        return new MozillaProfileCompliance(profile.Name, deviations.Count == 0, deviations);
    }

    private static IEnumerable<string> Protocols(ServerTlsView server, MozillaProfile profile)
    {
        foreach (var extra in server.Versions.Where(v => !profile.Versions.Contains(v)))
        {
            yield return $"{extra} enabled (the {profile.Name} profile allows {string.Join(", ", profile.Versions)})";
        }

        if (server.Versions.Count > 0 && !server.Supports(ProtocolVersion.Tls13))
        {
            yield return "TLSv1.3 not enabled";
        }
    }

    private static IEnumerable<string> Ciphers(ServerTlsView server, MozillaProfile profile) =>
        server.Accepted
            .Where(a => !a.Accepted.Suite.IsSignalingValue && !(a.Accepted.Suite.IsTls13 ? profile.Tls13Suites : profile.Ciphers).Contains(a.Accepted.Suite.IanaName))
            .GroupBy(a => a.Accepted.Suite.Id)
            .Select(g => $"cipher {CipherTraits.OpenSslOrIana(g.First().Accepted.Suite)} not in the profile (accepted on {string.Join(", ", g.Select(a => a.Version))})");

    private static IEnumerable<string> Groups(ServerTlsView server, MozillaProfile profile)
    {
        var groups = server.Facts.Groups is { IsCompleted: true, Value: { } support }
            ? support.Groups
            : server.Accepted.Select(a => a.Accepted.Group).OfType<NamedGroup>().Distinct().ToList();
        return groups
            .Where(g => NamedGroupRegistry.Find(g)?.Kind is not (GroupKind.Hybrid or GroupKind.PostQuantum))
            .Where(g => !profile.Groups.Contains(g.ToString(), StringComparer.OrdinalIgnoreCase))
            .Select(g => $"group {g} not in the profile ({string.Join(", ", profile.Groups)})");
    }

    private static IEnumerable<string> DhSize(ServerTlsView server, MozillaProfile profile) =>
        server.DheSuites
            .Where(a => a.Accepted.DhBits < (profile.MinDhBits ?? 0))
            .Select(a => a.Accepted.DhBits)
            .Distinct()
            .Select(bits => $"DHE parameters of {bits} bits (the profile requires at least {profile.MinDhBits}, e.g. ffdhe2048)");

    // Only the old profile asks the server to impose its order ("server_preferred_order": true).
    private static IEnumerable<string> Order(ServerTlsView server, MozillaProfile profile) =>
        profile.ServerPreferredOrder && server.Ciphers.Any(c => c.Suites.Count > 1 && !c.ServerOrder)
            ? ["the server does not enforce its cipher order (the old profile wants server order)"]
            : [];
}
