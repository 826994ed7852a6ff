namespace Certwatch.Tls.Wire;

/// <summary>
/// Why bytes could not be decoded as the TLS structure asked for (the idea of rustls' <c>InvalidMessage</c>).
/// A parser returns one of these instead of throwing, so a scanner can report "the server sent garbage" as an answer.
/// </summary>
public enum InvalidMessage
{
    /// <summary>The bytes decoded cleanly.</summary>
    None = 0,

    /// <summary>The input ended before the structure did (also: a partial record — read more and try again).</summary>
    MessageTooShort,

    /// <summary>Bytes are left over after a complete structure that must fill its container.</summary>
    TrailingData,

    /// <summary>A length field disagrees with what it frames: an odd-length list of 16-bit values, an inner
    /// vector that does not fill its extension, an SSLv2 cipher list not a multiple of 3 bytes.</summary>
    LengthMismatch,

    /// <summary>The same extension type appears twice (RFC 8446 §4.2: "MUST NOT be more than one extension of the same type").</summary>
    DuplicateExtension,

    /// <summary>The record's content type is not a TLS one (20–24); often not TLS at all, or an SSLv2 record.</summary>
    UnknownRecordType,

    /// <summary>The handshake or SSLv2 message type is not the one the caller asked to decode.</summary>
    UnexpectedMessageType,

    /// <summary>A record longer than 2^14 + 2048 bytes (RFC 5246 §6.2.3), which no conforming peer sends.</summary>
    RecordTooLarge,

    /// <summary>A vector that must hold at least one item is empty (cipher_suites, compression_methods, a DER certificate).</summary>
    EmptyVector,

    /// <summary>ECDHE parameters with explicit curves (curve_type 1 or 2), which RFC 8422 §5.4 deprecates; only named_curve (3) is decoded.</summary>
    UnsupportedCurveType,
}
