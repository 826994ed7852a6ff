using System.Collections.Frozen;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A handshake message type (RFC 8446 §4, IANA "TLS HandshakeType").
/// Keeps unknown values (rustls <c>enum_builder!</c>): a value we have no name for still round-trips and prints in hex.
/// </summary>
public readonly record struct HandshakeType(byte Value)
{
    /// <summary>client_hello (0x01).</summary>
    public static readonly HandshakeType ClientHello = new(0x01);

    /// <summary>server_hello (0x02).</summary>
    public static readonly HandshakeType ServerHello = new(0x02);

    /// <summary>new_session_ticket (0x04).</summary>
    public static readonly HandshakeType NewSessionTicket = new(0x04);

    /// <summary>encrypted_extensions (0x08).</summary>
    public static readonly HandshakeType EncryptedExtensions = new(0x08);

    /// <summary>certificate (0x0B).</summary>
    public static readonly HandshakeType Certificate = new(0x0B);

    /// <summary>server_key_exchange (0x0C).</summary>
    public static readonly HandshakeType ServerKeyExchange = new(0x0C);

    /// <summary>certificate_request (0x0D).</summary>
    public static readonly HandshakeType CertificateRequest = new(0x0D);

    /// <summary>server_hello_done (0x0E).</summary>
    public static readonly HandshakeType ServerHelloDone = new(0x0E);

    /// <summary>client_key_exchange (0x10).</summary>
    public static readonly HandshakeType ClientKeyExchange = new(0x10);

    /// <summary>finished (0x14).</summary>
    public static readonly HandshakeType Finished = new(0x14);

    /// <summary>certificate_status (0x16).</summary>
    public static readonly HandshakeType CertificateStatus = new(0x16);

    // IANA TLS HandshakeType registry.
    private static readonly FrozenDictionary<byte, string> Names = new Dictionary<byte, string>
    {
        [0x00] = "hello_request",
        [0x01] = "client_hello",
        [0x02] = "server_hello",
        [0x03] = "hello_verify_request",
        [0x04] = "new_session_ticket",
        [0x05] = "end_of_early_data",
        [0x06] = "hello_retry_request",
        [0x08] = "encrypted_extensions",
        [0x09] = "request_connection_id",
        [0x0A] = "new_connection_id",
        [0x0B] = "certificate",
        [0x0C] = "server_key_exchange",
        [0x0D] = "certificate_request",
        [0x0E] = "server_hello_done",
        [0x0F] = "certificate_verify",
        [0x10] = "client_key_exchange",
        [0x11] = "client_certificate_request",
        [0x14] = "finished",
        [0x15] = "certificate_url",
        [0x16] = "certificate_status",
        [0x17] = "supplemental_data",
        [0x18] = "key_update",
        [0x19] = "compressed_certificate",
        [0x1A] = "ekt_key",
        [0xFE] = "message_hash",
    }.ToFrozenDictionary();

    /// <summary>The registry name, or null for a value we do not know.</summary>
    public string? Name => Names.GetValueOrDefault(Value);

    public override string ToString() => Name ?? $"0x{Value:X2}";
}
