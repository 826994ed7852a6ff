using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>Picks the version a follow-up probe speaks from the versions the server supports.</summary>
internal static class Versions
{
    /// <summary>The newest supported TLS ≤ 1.2 version (SSLv3 only when allowed), or null.</summary>
    public static ProtocolVersion? BestTls12OrOlder(IReadOnlyList<ProtocolVersion> supported, bool includeSsl3 = true) =>
        supported.Where(v => v.Value <= 0x0303 && (v.Value >= 0x0301 || (includeSsl3 && v == ProtocolVersion.Ssl3)))
            .OrderByDescending(v => v.Value).Cast<ProtocolVersion?>().FirstOrDefault();

    /// <summary>The supported TLS-format versions (SSLv3…TLS 1.3), newest first.</summary>
    public static IReadOnlyList<ProtocolVersion> NewestFirst(IReadOnlyList<ProtocolVersion> supported) =>
        [.. supported.Where(v => v != ProtocolVersion.Ssl2).OrderByDescending(v => v.Value)];
}
