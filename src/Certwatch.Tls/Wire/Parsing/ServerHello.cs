using System.Diagnostics.CodeAnalysis;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A ServerHello body (RFC 8446 §4.1.3, RFC 5246 §7.4.1.3), with the extensions a scanner needs decoded:
/// the version TLS 1.3 really selected, the key share, ALPN and secure-renegotiation support.
/// A HelloRetryRequest has the same shape and is told apart by its fixed random (RFC 8446 §4.1.3).
/// </summary>
public sealed partial record ServerHello(
    ProtocolVersion LegacyVersion,
    ReadOnlyMemory<byte> Random,
    ReadOnlyMemory<byte> SessionId,
    CipherSuiteId CipherSuite,
    byte CompressionMethod,
    IReadOnlyList<TlsExtension> Extensions)
{
    /// <summary>supported_versions' selected_version (RFC 8446 §4.2.1); null in TLS 1.2 and older.</summary>
    public ProtocolVersion? SelectedVersion { get; private init; }

    /// <summary>The server's key share (TLS 1.3 ServerHello); null when absent or in a HelloRetryRequest.</summary>
    public KeyShareEntry? KeyShare { get; private init; }

    /// <summary>The group a HelloRetryRequest asks the client to retry with.</summary>
    public NamedGroup? RetryGroup { get; private init; }

    /// <summary>The ALPN protocol the server chose (RFC 7301 §3.1).</summary>
    public string? Alpn { get; private init; }

    /// <summary>renegotiation_info is present: the server supports secure renegotiation (RFC 5746 §3.6).</summary>
    public bool SecureRenegotiation => Has(ExtensionType.RenegotiationInfo);

    /// <summary>The version in force: selected_version when present, else legacy_version.</summary>
    public ProtocolVersion NegotiatedVersion => SelectedVersion ?? LegacyVersion;

    public bool IsHelloRetryRequest => Random.Span.SequenceEqual(HelloRetryRequestRandom);

    /// <summary>
    /// The TLS 1.3 downgrade sentinel in the last 8 random bytes (RFC 8446 §4.1.3): a server that supports
    /// TLS 1.3 answering with 1.2 (sentinel 1) or 1.1 and below (sentinel 0). Null when absent.
    /// </summary>
    public int? DowngradeSentinel => Random.Length == 32 && Random.Span[24..31].SequenceEqual("DOWNGRD"u8) && Random.Span[31] <= 1
        ? Random.Span[31]
        : null;

    public bool Has(ExtensionType type) => Extensions.Any(e => e.Type == type);

    public TlsExtension? Find(ExtensionType type) => Extensions.FirstOrDefault(e => e.Type == type);

    /// <summary>SHA-256("HelloRetryRequest"), RFC 8446 §4.1.3.</summary>
    public static ReadOnlySpan<byte> HelloRetryRequestRandom =>
    [
        0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
        0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
    ];

    /// <summary>Reads a ServerHello body (after the handshake header). Extensions may be absent (pre-TLS 1.2 servers).</summary>
    public static bool TryParse(ReadOnlySpan<byte> body, [NotNullWhen(true)] out ServerHello? hello, out InvalidMessage error)
    {
        hello = null;
        var reader = new WireReader(body);
        if (!reader.TryReadUInt16(out var version) || !reader.TryReadBytes(32, out var random)
            || !reader.TryReadVector8(out var sessionId) || !reader.TryReadUInt16(out var suite)
            || !reader.TryReadUInt8(out var compression))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        if (sessionId.Length > 32)
        {
            error = InvalidMessage.LengthMismatch;
            return false;
        }

        if (!HelloExtensions.TryReadOptional(ref reader, out var extensions, out error))
        {
            return false;
        }

        var parsed = new ServerHello(new ProtocolVersion(version), random.ToArray(), sessionId.ToArray(), new CipherSuiteId(suite), compression, extensions);
        return TryDecodeExtensions(parsed, out hello, out error);
    }
}
