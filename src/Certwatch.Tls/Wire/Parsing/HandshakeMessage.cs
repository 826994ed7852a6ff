namespace Certwatch.Tls.Wire;

/// <summary>
/// One handshake message: its type and body. Messages may span records and records may hold several
/// messages (RFC 8446 §5.1), so <see cref="TryReadAll(IEnumerable{TlsRecord}, out IReadOnlyList{HandshakeMessage}, out InvalidMessage)"/>
/// joins the handshake records before splitting.
/// </summary>
public sealed record HandshakeMessage(HandshakeType Type, ReadOnlyMemory<byte> Body)
{
    public static bool TryRead(ReadOnlySpan<byte> bytes, out HandshakeMessage? message, out int consumed, out InvalidMessage error)
    {
        message = null;
        consumed = 0;
        if (!HandshakeHeader.TryParse(bytes, out var header, out error))
        {
            return false;
        }

        if (bytes.Length - HandshakeHeader.Size < header.Length)
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        consumed = HandshakeHeader.Size + header.Length;
        message = new HandshakeMessage(header.Type, bytes[HandshakeHeader.Size..consumed].ToArray());
        return true;
    }

    /// <summary>Splits a handshake byte stream into whole messages; a cut-off message is <see cref="InvalidMessage.MessageTooShort"/>.</summary>
    public static bool TryReadAll(ReadOnlySpan<byte> stream, out IReadOnlyList<HandshakeMessage> messages, out InvalidMessage error)
    {
        var list = new List<HandshakeMessage>();
        messages = list;
        error = InvalidMessage.None;
        while (!stream.IsEmpty)
        {
            // each pass consumes at least the 4-byte header
            if (!TryRead(stream, out var message, out var consumed, out error))
            {
                return false;
            }

            list.Add(message!);
            stream = stream[consumed..];
        }

        return true;
    }

    /// <summary>Joins the fragments of the handshake records (others are skipped) and splits them into messages.</summary>
    public static bool TryReadAll(IEnumerable<TlsRecord> records, out IReadOnlyList<HandshakeMessage> messages, out InvalidMessage error)
    {
        var stream = records.Where(r => r.ContentType == ContentType.Handshake).SelectMany(r => r.Fragment.ToArray()).ToArray();
        return TryReadAll(stream, out messages, out error);
    }

    /// <summary>The message with its 4-byte header, as it appears inside a record.</summary>
    public byte[] ToBytes() => new WireWriter().UInt8(Type.Value).UInt24(Body.Length).Bytes(Body.Span).ToArray();
}
