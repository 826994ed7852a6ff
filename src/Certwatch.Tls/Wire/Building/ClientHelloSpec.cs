namespace Certwatch.Tls.Wire;

/// <summary>
/// Everything a probe chooses about a ClientHello. Null extension properties are not sent; an empty list is
/// sent empty (an empty key_share asks a TLS 1.3 server for a HelloRetryRequest). Extensions are written in
/// property order, then <see cref="AdditionalExtensions"/> as given (put pre_shared_key last, RFC 8446 §4.2.11).
/// </summary>
public sealed record ClientHelloSpec
{
    /// <summary>The record layer version; TLS 1.0 is what most clients send for compatibility (RFC 8446 §5.1).</summary>
    public ProtocolVersion RecordVersion { get; init; } = ProtocolVersion.Tls10;

    /// <summary>ClientHello.legacy_version: the highest version offered before TLS 1.3, TLS 1.2 from TLS 1.3 clients.</summary>
    public ProtocolVersion LegacyVersion { get; init; } = ProtocolVersion.Tls12;

    /// <summary>32 bytes; the caller supplies them so probes stay deterministic in tests.</summary>
    public required ReadOnlyMemory<byte> Random { get; init; }

    public ReadOnlyMemory<byte> SessionId { get; init; }

    /// <summary>Suites in preference order; SCSVs (0x00FF, 0x5600) and GREASE values go here as they are.</summary>
    public required IReadOnlyList<CipherSuiteId> CipherSuites { get; init; }

    /// <summary>Compression methods; 0 is null compression, 1 is DEFLATE (RFC 3749, the CRIME vector).</summary>
    public IReadOnlyList<byte> CompressionMethods { get; init; } = [0];

    public string? ServerName { get; init; }

    public IReadOnlyList<ProtocolVersion>? SupportedVersions { get; init; }

    public IReadOnlyList<NamedGroup>? SupportedGroups { get; init; }

    /// <summary>ec_point_formats (RFC 8422 §5.1.2); 0 is uncompressed.</summary>
    public IReadOnlyList<byte>? EcPointFormats { get; init; }

    public IReadOnlyList<SignatureScheme>? SignatureAlgorithms { get; init; }

    /// <summary>Key shares with raw public keys (any bytes of the right length will do to be answered).</summary>
    public IReadOnlyList<KeyShareEntry>? KeyShares { get; init; }

    public IReadOnlyList<string>? Alpn { get; init; }

    /// <summary>Ask for an OCSP staple: status_request with type ocsp(1), no responder ids, no extensions (RFC 6066 §8).</summary>
    public bool StatusRequest { get; init; }

    /// <summary>heartbeat mode (RFC 6520 §2): 1 peer_allowed_to_send, 2 peer_not_allowed_to_send.</summary>
    public byte? Heartbeat { get; init; }

    public bool ExtendedMasterSecret { get; init; }

    /// <summary>renegotiation_info's renegotiated_connection; empty on an initial handshake (RFC 5746 §3.4).</summary>
    public ReadOnlyMemory<byte>? RenegotiationInfo { get; init; }

    /// <summary>SessionTicket (RFC 5077 §3.2); empty asks for a new ticket.</summary>
    public ReadOnlyMemory<byte>? SessionTicket { get; init; }

    /// <summary>psk_key_exchange_modes (RFC 8446 §4.2.9); 1 is psk_dhe_ke.</summary>
    public IReadOnlyList<byte>? PskKeyExchangeModes { get; init; }

    public IReadOnlyList<TlsExtension> AdditionalExtensions { get; init; } = [];
}
