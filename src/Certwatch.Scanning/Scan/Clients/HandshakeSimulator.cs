using Certwatch.Scanning.Scan.Assessment;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Clients;

/// <summary>
/// Predicts what a client would negotiate, from the server behaviour the probes enumerated — no connection is
/// made. The server picks the highest common version (RFC 8446 §4.2.1, RFC 5246 §7.4.1.3), then the suite: its
/// own first choice among the client's offer when it enforces an order, else the client's first choice it
/// accepts. ECDHE needs a common group (RFC 8422 §5.1); TLS 1.3 needs one for key_share (RFC 8446 §4.2.8).
/// A client that receives DHE parameters outside its limits aborts rather than renegotiating.
/// </summary>
internal static class HandshakeSimulator
{
    public static ClientSimulationResult Simulate(ClientProfile client, ServerTlsView server)
    {
        if (!server.CiphersKnown)
        {
            return Fail(client, $"not simulated: the cipher enumeration did not complete ({server.Facts.Ciphers.Reason})");
        }

        var serverVersions = server.Versions.Where(v => v != ProtocolVersion.Ssl2).ToList();
        var common = client.Versions.Where(serverVersions.Contains).OrderByDescending(v => v.Value).ToList();
        if (common.Count == 0)
        {
            return Fail(client, $"no common protocol: client {Range(client.Versions)}, server {ServerRange(serverVersions)}");
        }

        var version = common[0];
        var offered = server.CiphersOf(version);
        if (offered is null || offered.Suites.Count == 0)
        {
            return Fail(client, $"no cipher suite was enumerated for {version}", version);
        }

        return Negotiate(client, server, version, offered);
    }

    private static ClientSimulationResult Negotiate(ClientProfile client, ServerTlsView server, ProtocolVersion version, ProtocolCiphers offered)
    {
        var group = CommonGroup(client, server, version, offered);
        if (version == ProtocolVersion.Tls13 && group is null)
        {
            return Fail(client, $"no common key exchange group: client {string.Join(", ", client.Groups)}, server {ServerGroups(server, offered)}", version);
        }

        var usable = offered.Suites.Where(s => client.CipherSuites.Any(c => c.Id == s.Suite.Id) && (s.Suite.KeyExchange != KeyExchange.Ecdhe || group is not null)).ToList();
        var chosen = offered.ServerOrder
            ? usable.FirstOrDefault()
            : client.CipherSuites.Select(c => usable.FirstOrDefault(s => s.Suite.Id == c.Id)).FirstOrDefault(s => s is not null);
        if (chosen is null)
        {
            return Fail(client, $"no common cipher suite on {version}: the server accepts {SuiteList(offered)}", version);
        }

        return (DhOutOfRange(client, chosen) ?? NoCommonSignature(client, server, version, chosen)) is { } failure
            ? Fail(client, failure, version)
            : Succeed(client, version, chosen, chosen.Suite.KeyExchange is KeyExchange.Ecdhe or KeyExchange.Any ? group : null);
    }

    /// <summary>The group the server would pick from the client's list, or null when they share none.</summary>
    private static NamedGroup? CommonGroup(ClientProfile client, ServerTlsView server, ProtocolVersion version, ProtocolCiphers offered)
    {
        // Hybrid and pure post-quantum groups exist only in TLS 1.3 (draft-ietf-tls-ecdhe-mlkem §3).
        var clientGroups = client.Groups.Where(g => version == ProtocolVersion.Tls13 || NamedGroupRegistry.Find(g)?.Kind is GroupKind.EllipticCurve).ToList();
        if (server.Facts.Groups is { IsCompleted: true, Value: { } support } && GroupsFor(support, version) is { Count: > 0 } serverGroups)
        {
            return support.ServerOrder
                ? serverGroups.Cast<NamedGroup?>().FirstOrDefault(g => clientGroups.Contains(g!.Value))
                : clientGroups.Cast<NamedGroup?>().FirstOrDefault(g => serverGroups.Contains(g!.Value));
        }

        // Without the group probe: the group seen during cipher enumeration when the client has it, else the
        // client's first (every server with ECDHE has secp256r1 or x25519, which every listed client offers).
        var seen = offered.Suites.Select(s => s.Group).OfType<NamedGroup>().Distinct().ToList();
        return clientGroups.Cast<NamedGroup?>().FirstOrDefault(g => seen.Contains(g!.Value)) ?? clientGroups.Cast<NamedGroup?>().FirstOrDefault();
    }

    /// <summary>The groups the server accepts on this version, in its preference order when it has one.</summary>
    private static IReadOnlyList<NamedGroup> GroupsFor(GroupSupport support, ProtocolVersion version)
    {
        var perVersion = version == ProtocolVersion.Tls13 ? support.Tls13 : support.Tls12;
        return perVersion.Count == 0 ? support.Groups : [.. support.Groups.Where(perVersion.Contains).Concat(perVersion.Except(support.Groups))];
    }

    private static string? DhOutOfRange(ClientProfile client, AcceptedSuite chosen) => chosen.DhBits switch
    {
        { } bits when bits < client.MinDhBits => $"the server's {bits}-bit DH parameters are below the client's minimum of {client.MinDhBits} bits ({chosen.Suite.IanaName})",
        { } bits when bits > client.MaxDhBits => $"the server's {bits}-bit DH parameters exceed the client's maximum of {client.MaxDhBits} bits ({chosen.Suite.IanaName})",
        _ => null,
    };

    // TLS 1.2 ServerKeyExchange must be signed with a scheme from the client's signature_algorithms
    // (RFC 5246 §7.4.1.4.1); TLS 1.3 CertificateVerify likewise (RFC 8446 §4.4.3). The probes found which
    // schemes the server can sign with in each.
    private static string? NoCommonSignature(ClientProfile client, ServerTlsView server, ProtocolVersion version, AcceptedSuite chosen)
    {
        var probed = version == ProtocolVersion.Tls13 ? server.Facts.Tls13SignatureAlgorithms
            : version == ProtocolVersion.Tls12 && chosen.Suite.KeyExchange is KeyExchange.Dhe or KeyExchange.Ecdhe ? server.Facts.SignatureAlgorithms
            : null;
        if (probed is not { IsCompleted: true, Value: { Count: > 0 } schemes })
        {
            return null;
        }

        return schemes.Any(client.SignatureAlgorithms.Contains)
            ? null
            : $"no common signature algorithm: the server signs with {string.Join(", ", schemes)}, which the client does not offer";
    }

    private static ClientSimulationResult Succeed(ClientProfile client, ProtocolVersion version, AcceptedSuite chosen, NamedGroup? group) =>
        new(client.DisplayName, true, version, chosen.Suite, group, null)
        {
            KeyExchange = chosen.DhBits is { } bits ? $"DH {bits} bits" : group is { } g ? g.ToString() : chosen.Suite.KeyExchange.ToString().ToUpperInvariant(),
        };

    private static ClientSimulationResult Fail(ClientProfile client, string why, ProtocolVersion? version = null) =>
        new(client.DisplayName, false, version, null, null, why);

    private static string Range(IReadOnlyList<ProtocolVersion> versions)
    {
        var ordered = versions.OrderBy(v => v.Value).ToList();
        return ordered.Count == 1 ? $"{ordered[0]} only" : $"{ordered[0]}–{ordered[^1]}";
    }

    private static string ServerRange(IReadOnlyList<ProtocolVersion> versions) =>
        versions.Count == 0 ? "none" : versions.Count == 1 ? $"{versions[0]} only" : string.Join(", ", versions.OrderBy(v => v.Value));

    private static string ServerGroups(ServerTlsView server, ProtocolCiphers offered) =>
        server.Facts.Groups is { IsCompleted: true, Value: { } support }
            ? string.Join(", ", GroupsFor(support, offered.Version))
            : string.Join(", ", offered.Suites.Select(s => s.Group).OfType<NamedGroup>().Distinct());

    private static string SuiteList(ProtocolCiphers offered)
    {
        var names = offered.Suites.Select(s => CipherTraits.OpenSslOrIana(s.Suite)).ToList();
        return names.Count <= 6 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(6))} and {names.Count - 6} more";
    }
}
