using System.Diagnostics.CodeAnalysis;

namespace Certwatch.Tls.Wire;

/// <summary>
/// An SSLv2 CLIENT-HELLO (SSL 2.0 draft §2.5), also the SSLv2-compatible form old TLS clients sent
/// (RFC 5246 Appendix E.2), where <see cref="Version"/> is a TLS version and TLS suites appear as 0x00xxxx kinds.
/// </summary>
public sealed record Ssl2ClientHello(
    ProtocolVersion Version,
    IReadOnlyList<Ssl2CipherKind> CipherKinds,
    ReadOnlyMemory<byte> SessionId,
    ReadOnlyMemory<byte> Challenge)
{
    private const byte ClientHelloType = 1;

    /// <summary>Reads one whole SSLv2 record holding a CLIENT-HELLO (header included).</summary>
    public static bool TryParse(ReadOnlySpan<byte> record, [NotNullWhen(true)] out Ssl2ClientHello? hello, out InvalidMessage error)
    {
        hello = null;
        if (!Ssl2Message.TryRead(record, ClientHelloType, out var message, out error))
        {
            return false;
        }

        var reader = new WireReader(message);
        if (!reader.TryReadUInt16(out var version) || !reader.TryReadUInt16(out var specsLength)
            || !reader.TryReadUInt16(out var sessionIdLength) || !reader.TryReadUInt16(out var challengeLength)
            || !reader.TryReadBytes(specsLength, out var specs) || !reader.TryReadBytes(sessionIdLength, out var sessionId)
            || !reader.TryReadBytes(challengeLength, out var challenge))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        error = specs.Length % 3 != 0 ? InvalidMessage.LengthMismatch : reader.IsEmpty ? InvalidMessage.None : InvalidMessage.TrailingData;
        hello = error == InvalidMessage.None
            ? new Ssl2ClientHello(new ProtocolVersion(version), Ssl2Message.ReadKinds(specs), sessionId.ToArray(), challenge.ToArray())
            : null;
        return hello is not null;
    }
}
