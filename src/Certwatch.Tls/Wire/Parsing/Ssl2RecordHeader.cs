namespace Certwatch.Tls.Wire;

/// <summary>
/// An SSLv2 record header (SSL 2.0 draft §2.1): two bytes with the high bit set (15-bit length, no padding),
/// or three bytes (14-bit length, then a padding count). <see cref="Length"/> counts the message plus padding.
/// </summary>
public readonly record struct Ssl2RecordHeader(int HeaderLength, int Length, int Padding)
{
    public static bool TryParse(ReadOnlySpan<byte> bytes, out Ssl2RecordHeader header, out InvalidMessage error)
    {
        header = default;
        var twoByte = !bytes.IsEmpty && (bytes[0] & 0x80) != 0;
        var size = twoByte ? 2 : 3;
        if (bytes.Length < size)
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        header = twoByte
            ? new Ssl2RecordHeader(2, ((bytes[0] & 0x7F) << 8) | bytes[1], 0)
            : new Ssl2RecordHeader(3, ((bytes[0] & 0x3F) << 8) | bytes[1], bytes[2]);
        error = header.Padding > header.Length ? InvalidMessage.LengthMismatch : InvalidMessage.None;
        return error == InvalidMessage.None;
    }

    /// <summary>Header plus message plus padding.</summary>
    public int RecordLength => HeaderLength + Length;
}
