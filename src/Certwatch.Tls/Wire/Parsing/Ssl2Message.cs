namespace Certwatch.Tls.Wire;

/// <summary>Unwraps the single message in an SSLv2 record and checks its type byte.</summary>
internal static class Ssl2Message
{
    public static bool TryRead(ReadOnlySpan<byte> record, byte expectedType, out ReadOnlySpan<byte> message, out InvalidMessage error)
    {
        message = default;
        if (!Ssl2RecordHeader.TryParse(record, out var header, out error))
        {
            return false;
        }

        error = record.Length < header.RecordLength ? InvalidMessage.MessageTooShort
            : record.Length > header.RecordLength ? InvalidMessage.TrailingData
            : header.Length - header.Padding < 1 ? InvalidMessage.MessageTooShort
            : record[header.HeaderLength] != expectedType ? InvalidMessage.UnexpectedMessageType
            : InvalidMessage.None;
        if (error != InvalidMessage.None)
        {
            return false;
        }

        message = record.Slice(header.HeaderLength + 1, header.Length - header.Padding - 1);
        return true;
    }

    public static Ssl2CipherKind[] ReadKinds(ReadOnlySpan<byte> specs)
    {
        var kinds = new Ssl2CipherKind[specs.Length / 3];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = new Ssl2CipherKind((specs[3 * i] << 16) | (specs[(3 * i) + 1] << 8) | specs[(3 * i) + 2]);
        }

        return kinds;
    }
}
