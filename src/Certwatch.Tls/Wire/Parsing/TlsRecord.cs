namespace Certwatch.Tls.Wire;

/// <summary>One TLS record: its header and the fragment it carries.</summary>
public sealed record TlsRecord(TlsRecordHeader Header, ReadOnlyMemory<byte> Fragment)
{
    public ContentType ContentType => Header.ContentType;

    /// <summary>Reads the record at the start of <paramref name="bytes"/>; <paramref name="consumed"/> is header plus fragment.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, out TlsRecord? record, out int consumed, out InvalidMessage error)
    {
        record = null;
        consumed = 0;
        if (!TlsRecordHeader.TryParse(bytes, out var header, out error))
        {
            return false;
        }

        if (bytes.Length - TlsRecordHeader.Size < header.Length)
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        consumed = TlsRecordHeader.Size + header.Length;
        record = new TlsRecord(header, bytes[TlsRecordHeader.Size..consumed].ToArray());
        return true;
    }

    /// <summary>Splits bytes into whole records; a partial record at the end is <see cref="InvalidMessage.MessageTooShort"/>.</summary>
    public static bool TryReadAll(ReadOnlySpan<byte> bytes, out IReadOnlyList<TlsRecord> records, out InvalidMessage error)
    {
        var list = new List<TlsRecord>();
        records = list;
        error = InvalidMessage.None;
        while (!bytes.IsEmpty)
        {
            // each pass consumes at least the 5-byte header, so the loop is bounded by the input length
            if (!TryRead(bytes, out var record, out var consumed, out error))
            {
                return false;
            }

            list.Add(record!);
            bytes = bytes[consumed..];
        }

        return true;
    }
}
