using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>Which registry suites a probe offers for each protocol version.</summary>
internal static class SuiteCatalog
{
    /// <summary>The versions probed with TLS-format hellos, oldest first (SSLv2 has its own probe).</summary>
    public static IReadOnlyList<ProtocolVersion> TlsVersions { get; } =
        [ProtocolVersion.Ssl3, ProtocolVersion.Tls10, ProtocolVersion.Tls11, ProtocolVersion.Tls12, ProtocolVersion.Tls13];

    /// <summary>
    /// Every real suite a server could choose at <paramref name="version"/>: TLS 1.3 suites only for TLS 1.3
    /// (RFC 8446 §B.4); SHA-256/AEAD suites only from TLS 1.2 (RFC 5246 §1.2); never SCSVs or TLS_NULL_WITH_NULL_NULL.
    /// Older versions also get the TLS 1.0-era suites, because servers (OpenSSL) negotiate AES in SSLv3 too.
    /// </summary>
    public static IReadOnlyList<CipherSuiteInfo> For(ProtocolVersion version) =>
    [
        .. CipherSuiteRegistry.All.Where(s => s.Id.Value != 0 && !s.IsSignalingValue && (version == ProtocolVersion.Tls13
            ? s.IsTls13
            : !s.IsTls13 && (version == ProtocolVersion.Tls12 || s.MinProtocol.Value <= ProtocolVersion.Tls10.Value))),
    ];

    /// <summary>The suites of <paramref name="version"/> whose key exchange is ECDHE (the TLS 1.2 curve probes).</summary>
    public static IReadOnlyList<CipherSuiteInfo> Ecdhe(ProtocolVersion version) => [.. For(version).Where(s => s.KeyExchange == KeyExchange.Ecdhe)];

    /// <summary>Forward-secret suites with a signed ServerKeyExchange (the signature-algorithm probe).</summary>
    public static IReadOnlyList<CipherSuiteInfo> SignedEphemeral(ProtocolVersion version) =>
        [.. For(version).Where(s => s.KeyExchange is KeyExchange.Ecdhe or KeyExchange.Dhe && s.Authentication is Authentication.Rsa or Authentication.Ecdsa or Authentication.Dss)];

    public static IReadOnlyList<CipherSuiteId> Ids(IEnumerable<CipherSuiteInfo> suites) => [.. suites.Select(s => s.Id)];
}
