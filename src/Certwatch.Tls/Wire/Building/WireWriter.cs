namespace Certwatch.Tls.Wire;

/// <summary>
/// Appends TLS presentation-language values (RFC 8446 §3) to a growing buffer. Length-prefixed vectors are
/// written by <see cref="BeginVector"/> / <see cref="EndVector"/>, which patch the prefix once the body is known.
/// </summary>
internal sealed class WireWriter
{
    private readonly List<byte> _bytes = [];

    public int Length => _bytes.Count;

    public WireWriter UInt8(int value)
    {
        _bytes.Add((byte)value);
        return this;
    }

    public WireWriter UInt16(int value)
    {
        _bytes.Add((byte)(value >> 8));
        _bytes.Add((byte)value);
        return this;
    }

    public WireWriter UInt24(int value)
    {
        _bytes.Add((byte)(value >> 16));
        return UInt16(value & 0xFFFF);
    }

    public WireWriter Bytes(ReadOnlySpan<byte> bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    /// <summary>Reserves a length prefix of <paramref name="prefixBytes"/> (1–3) and returns its position.</summary>
    public int BeginVector(int prefixBytes)
    {
        var position = _bytes.Count;
        for (var i = 0; i < prefixBytes; i++)
        {
            _bytes.Add(0);
        }

        return position;
    }

    /// <summary>Writes the body length since <paramref name="position"/> into the prefix reserved there.</summary>
    public void EndVector(int position, int prefixBytes)
    {
        var length = _bytes.Count - position - prefixBytes;
        for (var i = 0; i < prefixBytes; i++)
        {
            _bytes[position + i] = (byte)(length >> (8 * (prefixBytes - 1 - i)));
        }
    }

    public byte[] ToArray() => [.. _bytes];
}
