using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>
/// Decides like a real server: version (supported_versions, else legacy_version), fallback SCSV, suite by the
/// configured order, group, signature scheme and the extensions to echo. TLS 1.3 answers end at the
/// ServerHello (or HelloRetryRequest); TLS ≤ 1.2 answers are the whole first flight.
/// </summary>
internal static class ScriptedNegotiator
{
    public static ScriptedAnswer Answer(ScriptedServerConfig config, ClientHello hello)
    {
        var offers13 = hello.SupportedVersions?.Contains(ProtocolVersion.Tls13) ?? false;
        if (offers13 && config.Versions.Contains(ProtocolVersion.Tls13))
        {
            return ScriptedTls13.Answer(config, hello);
        }

        var legacy = config.Versions.Where(v => v.Value <= 0x0303).OrderByDescending(v => v.Value).ToList();
        var version = legacy.FirstOrDefault(v => v.Value <= hello.LegacyVersion.Value);
        if (version == default)
        {
            return ScriptedAnswer.Fatal(AlertDescription.ProtocolVersion, ProtocolVersion.Tls10);
        }

        // RFC 7507 §3: a fallback hello below the highest supported version is refused.
        var best = config.Versions.Max(v => v.Value);
        if (config.FallbackScsv && hello.CipherSuites.Contains(CipherSuiteId.FallbackScsv) && best > hello.LegacyVersion.Value)
        {
            return ScriptedAnswer.Fatal(AlertDescription.InappropriateFallback, version);
        }

        return ScriptedTls12.Answer(config, hello, version);
    }

    /// <summary>The suites both sides have that are valid at <paramref name="version"/>, in the deciding side's order.</summary>
    public static IEnumerable<CipherSuiteInfo> CommonSuites(ScriptedServerConfig config, ClientHello hello, ProtocolVersion version)
    {
        var valid = config.Suites.Select(CipherSuiteRegistry.Find).OfType<CipherSuiteInfo>()
            .Where(s => version == ProtocolVersion.Tls13 ? s.IsTls13 : !s.IsTls13 && (s.MinProtocol.Value <= version.Value || version == ProtocolVersion.Ssl3 && s.MinProtocol == ProtocolVersion.Tls10))
            .ToList();
        return config.ServerOrder
            ? valid.Where(s => hello.CipherSuites.Contains(s.Id))
            : hello.CipherSuites.Select(id => valid.FirstOrDefault(s => s.Id == id)).OfType<CipherSuiteInfo>();
    }

    /// <summary>The groups both sides have, in the deciding side's order; a hello without supported_groups allows any (RFC 8422 §4).</summary>
    public static IReadOnlyList<NamedGroup> CommonGroups(ScriptedServerConfig config, ClientHello hello)
    {
        var client = hello.SupportedGroups;
        if (client is null)
        {
            return config.Groups;
        }

        return config.ServerOrder ? [.. config.Groups.Where(client.Contains)] : [.. client.Where(config.Groups.Contains)];
    }

    public static (ushort, byte[])? AlpnExtension(ScriptedServerConfig config, ClientHello hello)
    {
        var chosen = hello.Alpn is { } offered ? config.Alpn.FirstOrDefault(offered.Contains) : null;
        return chosen is null ? null : (ExtensionType.ApplicationLayerProtocolNegotiation.Value,
            ByteWriter.Of(w => w.Vector16(ByteWriter.Of(n => n.Vector8(System.Text.Encoding.ASCII.GetBytes(chosen))))));
    }
}
