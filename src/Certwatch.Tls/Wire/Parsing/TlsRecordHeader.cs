namespace Certwatch.Tls.Wire;

/// <summary>
/// The 5-byte TLS record header (RFC 8446 §5.1, RFC 5246 §6.2.1):
/// <c>ContentType type; ProtocolVersion legacy_record_version; uint16 length;</c>
/// </summary>
public readonly record struct TlsRecordHeader(ContentType ContentType, ProtocolVersion Version, int Length)
{
    public const int Size = 5;

    /// <summary>2^14 plaintext + 2048 expansion (RFC 5246 §6.2.3); anything longer is not a TLS record.</summary>
    public const int MaxLength = 16384 + 2048;

    /// <summary>Reads the header at the start of <paramref name="bytes"/>; the fragment need not be present yet.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, out TlsRecordHeader header, out InvalidMessage error)
    {
        header = default;
        var reader = new WireReader(bytes);
        if (!reader.TryReadUInt8(out var type) || !reader.TryReadUInt16(out var version) || !reader.TryReadUInt16(out var length))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        // RFC 8446 §5: change_cipher_spec(20), alert(21), handshake(22), application_data(23); RFC 6520 heartbeat(24).
        error = type is < 20 or > 24 ? InvalidMessage.UnknownRecordType
            : length > MaxLength ? InvalidMessage.RecordTooLarge
            : InvalidMessage.None;
        header = new TlsRecordHeader(new ContentType(type), new ProtocolVersion(version), length);
        return error == InvalidMessage.None;
    }
}
