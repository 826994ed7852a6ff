using System.Diagnostics.CodeAnalysis;

namespace Certwatch.Tls.Wire;

/// <summary>
/// An SSLv2 SERVER-HELLO (SSL 2.0 draft §2.6): a server that answers one is SSLv2-capable (DROWN, CVE-2016-0800);
/// the cipher kinds it lists are the ones it would use.
/// </summary>
public sealed record Ssl2ServerHello(
    bool SessionIdHit,
    byte CertificateType,
    ProtocolVersion Version,
    ReadOnlyMemory<byte> Certificate,
    IReadOnlyList<Ssl2CipherKind> CipherKinds,
    ReadOnlyMemory<byte> ConnectionId)
{
    private const byte ServerHelloType = 4;

    /// <summary>Reads one whole SSLv2 record holding a SERVER-HELLO (header included).</summary>
    public static bool TryParse(ReadOnlySpan<byte> record, [NotNullWhen(true)] out Ssl2ServerHello? hello, out InvalidMessage error)
    {
        hello = null;
        if (!Ssl2Message.TryRead(record, ServerHelloType, out var message, out error))
        {
            return false;
        }

        var reader = new WireReader(message);
        if (!reader.TryReadUInt8(out var hit) || !reader.TryReadUInt8(out var certificateType) || !reader.TryReadUInt16(out var version)
            || !reader.TryReadUInt16(out var certificateLength) || !reader.TryReadUInt16(out var specsLength)
            || !reader.TryReadUInt16(out var connectionIdLength) || !reader.TryReadBytes(certificateLength, out var certificate)
            || !reader.TryReadBytes(specsLength, out var specs) || !reader.TryReadBytes(connectionIdLength, out var connectionId))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        error = specs.Length % 3 != 0 ? InvalidMessage.LengthMismatch : reader.IsEmpty ? InvalidMessage.None : InvalidMessage.TrailingData;
        hello = error == InvalidMessage.None
            ? new Ssl2ServerHello(hit != 0, certificateType, new ProtocolVersion(version), certificate.ToArray(), Ssl2Message.ReadKinds(specs), connectionId.ToArray())
            : null;
        return hello is not null;
    }
}
