namespace Certwatch.Tls.Wire;

/// <summary>
/// A forward-only cursor over TLS presentation-language bytes (RFC 8446 §3): big-endian integers and
/// length-prefixed vectors. Every read is bounds-checked and returns false instead of throwing.
/// </summary>
internal ref struct WireReader(ReadOnlySpan<byte> bytes)
{
    private ReadOnlySpan<byte> _rest = bytes;

    public readonly int Remaining => _rest.Length;

    public readonly bool IsEmpty => _rest.IsEmpty;

    public readonly ReadOnlySpan<byte> Rest => _rest;

    public bool TryReadUInt8(out byte value)
    {
        value = 0;
        if (_rest.IsEmpty)
        {
            return false;
        }

        value = _rest[0];
        _rest = _rest[1..];
        return true;
    }

    public bool TryReadUInt16(out ushort value)
    {
        value = 0;
        if (!TryReadBytes(2, out var bytes))
        {
            return false;
        }

        value = (ushort)((bytes[0] << 8) | bytes[1]);
        return true;
    }

    public bool TryReadUInt24(out int value)
    {
        value = 0;
        if (!TryReadBytes(3, out var bytes))
        {
            return false;
        }

        value = (bytes[0] << 16) | (bytes[1] << 8) | bytes[2];
        return true;
    }

    public bool TryReadBytes(int count, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        if (count < 0 || count > _rest.Length)
        {
            return false;
        }

        bytes = _rest[..count];
        _rest = _rest[count..];
        return true;
    }

    /// <summary>Reads <c>opaque x&lt;0..2^8-1&gt;</c>.</summary>
    public bool TryReadVector8(out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        return TryReadUInt8(out var length) && TryReadBytes(length, out bytes);
    }

    /// <summary>Reads <c>opaque x&lt;0..2^16-1&gt;</c>.</summary>
    public bool TryReadVector16(out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        return TryReadUInt16(out var length) && TryReadBytes(length, out bytes);
    }

    /// <summary>Reads <c>opaque x&lt;0..2^24-1&gt;</c>.</summary>
    public bool TryReadVector24(out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        return TryReadUInt24(out var length) && TryReadBytes(length, out bytes);
    }
}
