namespace Certwatch.Tls.Wire;

/// <summary>The 4-byte handshake header (RFC 8446 §4): <c>HandshakeType msg_type; uint24 length;</c></summary>
public readonly record struct HandshakeHeader(HandshakeType Type, int Length)
{
    public const int Size = 4;

    public static bool TryParse(ReadOnlySpan<byte> bytes, out HandshakeHeader header, out InvalidMessage error)
    {
        header = default;
        var reader = new WireReader(bytes);
        if (!reader.TryReadUInt8(out var type) || !reader.TryReadUInt24(out var length))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        header = new HandshakeHeader(new HandshakeType(type), length);
        error = InvalidMessage.None;
        return true;
    }
}
