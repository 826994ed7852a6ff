using System.Diagnostics.CodeAnalysis;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A ClientHello body (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2) with the extensions a server decides on decoded.
/// Fake servers read what a probe offered with it; tests read back what <see cref="ClientHelloBuilder"/> wrote.
/// </summary>
public sealed partial record ClientHello(
    ProtocolVersion LegacyVersion,
    ReadOnlyMemory<byte> Random,
    ReadOnlyMemory<byte> SessionId,
    IReadOnlyList<CipherSuiteId> CipherSuites,
    IReadOnlyList<byte> CompressionMethods,
    IReadOnlyList<TlsExtension> Extensions)
{
    public string? ServerName { get; private init; }

    public IReadOnlyList<ProtocolVersion>? SupportedVersions { get; private init; }

    public IReadOnlyList<NamedGroup>? SupportedGroups { get; private init; }

    public IReadOnlyList<byte>? EcPointFormats { get; private init; }

    public IReadOnlyList<SignatureScheme>? SignatureAlgorithms { get; private init; }

    public IReadOnlyList<KeyShareEntry>? KeyShares { get; private init; }

    public IReadOnlyList<string>? Alpn { get; private init; }

    public bool Has(ExtensionType type) => Extensions.Any(e => e.Type == type);

    public TlsExtension? Find(ExtensionType type) => Extensions.FirstOrDefault(e => e.Type == type);

    /// <summary>The highest version offered: the top of supported_versions when present, else legacy_version.</summary>
    public ProtocolVersion MaxVersion =>
        SupportedVersions?.Where(v => !Grease.IsGrease(v.Value)).DefaultIfEmpty(LegacyVersion).Max(v => v.Value) is { } max
            ? new ProtocolVersion(max)
            : LegacyVersion;

    /// <summary>Reads a ClientHello body (after the handshake header).</summary>
    public static bool TryParse(ReadOnlySpan<byte> body, [NotNullWhen(true)] out ClientHello? hello, out InvalidMessage error)
    {
        hello = null;
        var reader = new WireReader(body);
        if (!reader.TryReadUInt16(out var version) || !reader.TryReadBytes(32, out var random)
            || !reader.TryReadVector8(out var sessionId) || !reader.TryReadVector16(out var suites)
            || !reader.TryReadVector8(out var compression))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        error = CheckLists(sessionId, suites, compression);
        if (error != InvalidMessage.None || !HelloExtensions.TryReadOptional(ref reader, out var extensions, out error))
        {
            return false;
        }

        var raw = new ClientHello(new ProtocolVersion(version), random.ToArray(), sessionId.ToArray(), ReadSuites(suites), compression.ToArray(), extensions);
        return TryDecodeExtensions(raw, out hello, out error);
    }

    // RFC 5246 §7.4.1.2: cipher_suites<2..2^16-2>, compression_methods<1..2^8-1>, SessionID<0..32>.
    private static InvalidMessage CheckLists(ReadOnlySpan<byte> sessionId, ReadOnlySpan<byte> suites, ReadOnlySpan<byte> compression) =>
        sessionId.Length > 32 || suites.Length % 2 != 0 ? InvalidMessage.LengthMismatch
        : suites.IsEmpty || compression.IsEmpty ? InvalidMessage.EmptyVector
        : InvalidMessage.None;

    private static CipherSuiteId[] ReadSuites(ReadOnlySpan<byte> suites)
    {
        var ids = new CipherSuiteId[suites.Length / 2];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = new CipherSuiteId((ushort)((suites[2 * i] << 8) | suites[(2 * i) + 1]));
        }

        return ids;
    }
}
