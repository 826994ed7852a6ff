using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>
/// What a scripted server supports and how it chooses, like a real server's configuration. Lists are in the
/// server's preference order. Defaults: TLS 1.2 and 1.3, a few modern suites, x25519 and P-256.
/// </summary>
public sealed record ScriptedServerConfig
{
    public ScriptedBehavior Behavior { get; init; } = ScriptedBehavior.Negotiate;

    /// <summary>Versions accepted (SSLv3…TLS 1.3); SSLv2 is <see cref="Ssl2CipherKinds"/>.</summary>
    public IReadOnlyList<ProtocolVersion> Versions { get; init; } = [ProtocolVersion.Tls12, ProtocolVersion.Tls13];

    /// <summary>When set, SSLv2 CLIENT-HELLOs get a SERVER-HELLO listing these kinds.</summary>
    public IReadOnlyList<Ssl2CipherKind>? Ssl2CipherKinds { get; init; }

    public IReadOnlyList<CipherSuiteId> Suites { get; init; } =
    [
        new(0x1302), new(0x1301), new(0xC030), new(0xC02F), new(0x009E), new(0xC013), new(0x002F),
    ];

    /// <summary>Pick by the server's order (true) or the client's (false).</summary>
    public bool ServerOrder { get; init; } = true;

    public IReadOnlyList<NamedGroup> Groups { get; init; } = [NamedGroup.X25519, NamedGroup.Secp256r1];

    /// <summary>Schemes the server can sign its TLS 1.2 ServerKeyExchange with, preferred first.</summary>
    public IReadOnlyList<SignatureScheme> SignatureSchemes { get; init; } = [SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPkcs1Sha256];

    /// <summary>
    /// Schemes the server's certificates can sign a TLS 1.3 CertificateVerify with (default: an RSA key). A TLS 1.3
    /// hello whose signature_algorithms has none of them gets handshake_failure, as from OpenSSL.
    /// </summary>
    public IReadOnlyList<SignatureScheme> Tls13SignatureSchemes { get; init; } =
        [SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPssRsaeSha512];

    public IReadOnlyList<string> Alpn { get; init; } = [];

    /// <summary>DHE prime size in bits (the prime is a fixed pattern, not a real prime: only its size is read).</summary>
    public int DhBits { get; init; } = 2048;

    public bool SecureRenegotiation { get; init; } = true;

    public bool ExtendedMasterSecret { get; init; } = true;

    public bool SessionIds { get; init; } = true;

    public bool SessionTickets { get; init; } = true;

    public bool HeartbeatExtension { get; init; }

    public bool Compression { get; init; }

    /// <summary>Refuse a TLS_FALLBACK_SCSV hello below the best version (RFC 7507).</summary>
    public bool FallbackScsv { get; init; } = true;

    /// <summary>When set and status_request is asked for, a CertificateStatus with these bytes follows the Certificate.</summary>
    public ReadOnlyMemory<byte>? OcspStaple { get; init; }

    /// <summary>Echoes the claimed length of a heartbeat request, like OpenSSL 1.0.1–1.0.1f (Heartbleed).</summary>
    public bool HeartbleedVulnerable { get; init; }

    /// <summary>Accepts a ChangeCipherSpec before the key exchange, like OpenSSL before 1.0.1h (CVE-2014-0224).</summary>
    public bool AcceptsEarlyCcs { get; init; }

    /// <summary>When set, the Certificate message carries its leaf and RSA key exchanges are decrypted and answered by it (ROBOT).</summary>
    public ScriptedRsaKeyExchange? RsaKeyExchange { get; init; }
}
