using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// The ClientHellos probes send: wide offers (every group, every common signature scheme) so that the server's
/// answer is decided by the one thing a probe varies.
/// </summary>
internal static class HelloSpecs
{
    /// <summary>Groups offered in TLS 1.3 hellos: classical, finite-field (RFC 7919) and the hybrid ML-KEM groups.</summary>
    public static IReadOnlyList<NamedGroup> Tls13Groups { get; } =
    [
        NamedGroup.X25519MlKem768, NamedGroup.SecP256r1MlKem768, NamedGroup.SecP384r1MlKem1024, NamedGroup.X25519, NamedGroup.Secp256r1,
        NamedGroup.X448, NamedGroup.Secp384r1, NamedGroup.Secp521r1, new(0x001F), new(0x0020), new(0x0021), NamedGroup.Ffdhe2048,
        NamedGroup.Ffdhe3072, NamedGroup.Ffdhe4096, new(0x0103), new(0x0104),
    ];

    /// <summary>
    /// Every registered elliptic curve (RFC 8422 §5.1.1): TLS ≤ 1.2 servers may pick any of them. The common
    /// curves lead, so a server that follows the client's order reports the curve real clients get.
    /// </summary>
    public static IReadOnlyList<NamedGroup> Tls12Curves { get; } =
    [
        NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.X448, NamedGroup.Secp384r1, NamedGroup.Secp521r1,
        .. NamedGroupRegistry.All.Where(g => g.Kind == GroupKind.EllipticCurve && g.Id.Value < 0x001D && g.Id.Value is < 0x0017 or > 0x0019).Select(g => g.Id),
    ];

    /// <summary>Signature schemes offered (RFC 8446 §4.2.3, RFC 5246 §7.4.1.4.1 hash/signature pairs).</summary>
    public static IReadOnlyList<SignatureScheme> Schemes { get; } =
    [
        SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.EcdsaSecp521r1Sha512, SignatureScheme.Ed25519,
        SignatureScheme.Ed448, SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPssRsaeSha512,
        SignatureScheme.RsaPssPssSha256, SignatureScheme.RsaPssPssSha384, SignatureScheme.RsaPssPssSha512, SignatureScheme.RsaPkcs1Sha256,
        SignatureScheme.RsaPkcs1Sha384, SignatureScheme.RsaPkcs1Sha512, new(0x0303), new(0x0301), new(0x0402), new(0x0302),
        SignatureScheme.EcdsaSha1, SignatureScheme.RsaPkcs1Sha1, new(0x0202), new(0x0101),
    ];

    /// <summary>
    /// A TLS ≤ 1.2 hello at exactly <paramref name="version"/>. SSLv3 gets no extensions (RFC 6101 has none and
    /// SSLv3-era servers choke on them); signature_algorithms only from TLS 1.2 (RFC 5246 §7.4.1.4.1).
    /// </summary>
    public static ClientHelloSpec Legacy(ProbeContext context, ProtocolVersion version, IReadOnlyList<CipherSuiteId> suites)
    {
        var ssl3 = version == ProtocolVersion.Ssl3;
        return new ClientHelloSpec
        {
            RecordVersion = ssl3 ? ProtocolVersion.Ssl3 : ProtocolVersion.Tls10,
            LegacyVersion = version,
            Random = context.Random.Bytes(32),
            CipherSuites = ssl3 ? [.. suites, CipherSuiteId.EmptyRenegotiationInfoScsv] : suites,
            ServerName = ssl3 ? null : context.Endpoint.ServerName,
            SupportedGroups = ssl3 ? null : Tls12Curves.Concat(Tls13Groups.Where(g => g.Value >= 0x0100 && g.Value <= 0x0104)).ToList(),
            EcPointFormats = ssl3 ? null : [0],
            SignatureAlgorithms = version == ProtocolVersion.Tls12 ? Schemes : null,
            RenegotiationInfo = ssl3 ? (ReadOnlyMemory<byte>?)null : ReadOnlyMemory<byte>.Empty,
        };
    }

    /// <summary>
    /// A TLS 1.3 hello (RFC 8446 §4.1.2): legacy_version TLS 1.2, supported_versions [TLS 1.3], a 32-byte
    /// legacy_session_id (middlebox compatibility, §D.4), and key shares for the given groups.
    /// </summary>
    public static ClientHelloSpec Tls13(ProbeContext context, IReadOnlyList<CipherSuiteId> suites, IReadOnlyList<NamedGroup>? groups = null, IReadOnlyList<NamedGroup>? shareGroups = null)
    {
        var offered = groups ?? Tls13Groups;
        var shares = (shareGroups ?? [NamedGroup.X25519, NamedGroup.Secp256r1])
            .Where(offered.Contains).Select(g => KeyShares.For(g, context.Random)).OfType<KeyShareEntry>().ToList();
        return new ClientHelloSpec
        {
            LegacyVersion = ProtocolVersion.Tls12,
            Random = context.Random.Bytes(32),
            SessionId = context.Random.Bytes(32),
            CipherSuites = suites,
            ServerName = context.Endpoint.ServerName,
            SupportedGroups = offered,
            SignatureAlgorithms = Schemes,
            SupportedVersions = [ProtocolVersion.Tls13],
            PskKeyExchangeModes = [1],
            KeyShares = shares,
        };
    }

    /// <summary>The usual hello for <paramref name="version"/> offering every suite valid at it.</summary>
    public static ClientHelloSpec Offering(ProbeContext context, ProtocolVersion version) => version == ProtocolVersion.Tls13
        ? Tls13(context, SuiteCatalog.Ids(SuiteCatalog.For(version)))
        : Legacy(context, version, SuiteCatalog.Ids(SuiteCatalog.For(version)));
}
