using System.Collections.Frozen;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A hello extension type (RFC 8446 §4.2, IANA "TLS ExtensionType Values"; 0x3374 is the pre-ALPN NPN draft still seen on old servers).
/// Keeps unknown values (rustls <c>enum_builder!</c>): a value we have no name for still round-trips and prints in hex.
/// </summary>
public readonly record struct ExtensionType(ushort Value)
{
    /// <summary>server_name (0x0000).</summary>
    public static readonly ExtensionType ServerName = new(0x0000);

    /// <summary>status_request (0x0005).</summary>
    public static readonly ExtensionType StatusRequest = new(0x0005);

    /// <summary>supported_groups (0x000A).</summary>
    public static readonly ExtensionType SupportedGroups = new(0x000A);

    /// <summary>ec_point_formats (0x000B).</summary>
    public static readonly ExtensionType EcPointFormats = new(0x000B);

    /// <summary>signature_algorithms (0x000D).</summary>
    public static readonly ExtensionType SignatureAlgorithms = new(0x000D);

    /// <summary>heartbeat (0x000F).</summary>
    public static readonly ExtensionType Heartbeat = new(0x000F);

    /// <summary>application_layer_protocol_negotiation (0x0010).</summary>
    public static readonly ExtensionType ApplicationLayerProtocolNegotiation = new(0x0010);

    /// <summary>signed_certificate_timestamp (0x0012).</summary>
    public static readonly ExtensionType SignedCertificateTimestamp = new(0x0012);

    /// <summary>padding (0x0015).</summary>
    public static readonly ExtensionType Padding = new(0x0015);

    /// <summary>encrypt_then_mac (0x0016).</summary>
    public static readonly ExtensionType EncryptThenMac = new(0x0016);

    /// <summary>extended_master_secret (0x0017).</summary>
    public static readonly ExtensionType ExtendedMasterSecret = new(0x0017);

    /// <summary>session_ticket (0x0023).</summary>
    public static readonly ExtensionType SessionTicket = new(0x0023);

    /// <summary>pre_shared_key (0x0029).</summary>
    public static readonly ExtensionType PreSharedKey = new(0x0029);

    /// <summary>early_data (0x002A).</summary>
    public static readonly ExtensionType EarlyData = new(0x002A);

    /// <summary>supported_versions (0x002B).</summary>
    public static readonly ExtensionType SupportedVersions = new(0x002B);

    /// <summary>cookie (0x002C).</summary>
    public static readonly ExtensionType Cookie = new(0x002C);

    /// <summary>psk_key_exchange_modes (0x002D).</summary>
    public static readonly ExtensionType PskKeyExchangeModes = new(0x002D);

    /// <summary>key_share (0x0033).</summary>
    public static readonly ExtensionType KeyShare = new(0x0033);

    /// <summary>encrypted_client_hello (0xFE0D).</summary>
    public static readonly ExtensionType EncryptedClientHello = new(0xFE0D);

    /// <summary>renegotiation_info (0xFF01).</summary>
    public static readonly ExtensionType RenegotiationInfo = new(0xFF01);

    // IANA TLS ExtensionType Values registry.
    private static readonly FrozenDictionary<ushort, string> Names = new Dictionary<ushort, string>
    {
        [0x0000] = "server_name",
        [0x0001] = "max_fragment_length",
        [0x0002] = "client_certificate_url",
        [0x0003] = "trusted_ca_keys",
        [0x0004] = "truncated_hmac",
        [0x0005] = "status_request",
        [0x0006] = "user_mapping",
        [0x0007] = "client_authz",
        [0x0008] = "server_authz",
        [0x0009] = "cert_type",
        [0x000A] = "supported_groups",
        [0x000B] = "ec_point_formats",
        [0x000C] = "srp",
        [0x000D] = "signature_algorithms",
        [0x000E] = "use_srtp",
        [0x000F] = "heartbeat",
        [0x0010] = "application_layer_protocol_negotiation",
        [0x0011] = "status_request_v2",
        [0x0012] = "signed_certificate_timestamp",
        [0x0013] = "client_certificate_type",
        [0x0014] = "server_certificate_type",
        [0x0015] = "padding",
        [0x0016] = "encrypt_then_mac",
        [0x0017] = "extended_master_secret",
        [0x0018] = "token_binding",
        [0x0019] = "cached_info",
        [0x001A] = "tls_lts",
        [0x001B] = "compress_certificate",
        [0x001C] = "record_size_limit",
        [0x001D] = "pwd_protect",
        [0x001E] = "pwd_clear",
        [0x001F] = "password_salt",
        [0x0020] = "ticket_pinning",
        [0x0021] = "tls_cert_with_extern_psk",
        [0x0022] = "delegated_credential",
        [0x0023] = "session_ticket",
        [0x0024] = "TLMSP",
        [0x0025] = "TLMSP_proxying",
        [0x0026] = "TLMSP_delegate",
        [0x0027] = "supported_ekt_ciphers",
        [0x0029] = "pre_shared_key",
        [0x002A] = "early_data",
        [0x002B] = "supported_versions",
        [0x002C] = "cookie",
        [0x002D] = "psk_key_exchange_modes",
        [0x002F] = "certificate_authorities",
        [0x0030] = "oid_filters",
        [0x0031] = "post_handshake_auth",
        [0x0032] = "signature_algorithms_cert",
        [0x0033] = "key_share",
        [0x0034] = "transparency_info",
        [0x0035] = "connection_id_deprecated",
        [0x0036] = "connection_id",
        [0x0037] = "external_id_hash",
        [0x0038] = "external_session_id",
        [0x0039] = "quic_transport_parameters",
        [0x003A] = "ticket_request",
        [0x003B] = "dnssec_chain",
        [0x003C] = "sequence_number_encryption_algorithms",
        [0x003D] = "rrc",
        [0x003E] = "tls_flags",
        [0x3374] = "next_protocol_negotiation",
        [0xFD00] = "ech_outer_extensions",
        [0xFE0D] = "encrypted_client_hello",
        [0xFF01] = "renegotiation_info",
    }.ToFrozenDictionary();

    /// <summary>The registry name, or null for a value we do not know.</summary>
    public string? Name => Names.GetValueOrDefault(Value);

    public override string ToString() => Name ?? (Grease.IsGrease(Value) ? $"GREASE(0x{Value:X4})" : $"0x{Value:X4}");
}
