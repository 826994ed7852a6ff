namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>Big-endian integers and length-prefixed vectors for the scripted server's messages.</summary>
internal sealed class ByteWriter
{
    private readonly List<byte> _bytes = [];

    public ByteWriter U8(int value)
    {
        _bytes.Add((byte)value);
        return this;
    }

    public ByteWriter U16(int value) => U8(value >> 8).U8(value);

    public ByteWriter U24(int value) => U8(value >> 16).U16(value & 0xFFFF);

    public ByteWriter Bytes(ReadOnlySpan<byte> bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    public ByteWriter Vector8(ReadOnlySpan<byte> bytes) => U8(bytes.Length).Bytes(bytes);

    public ByteWriter Vector16(ReadOnlySpan<byte> bytes) => U16(bytes.Length).Bytes(bytes);

    public ByteWriter Vector24(ReadOnlySpan<byte> bytes) => U24(bytes.Length).Bytes(bytes);

    public byte[] ToArray() => [.. _bytes];

    public static byte[] Of(Action<ByteWriter> write)
    {
        var writer = new ByteWriter();
        write(writer);
        return writer.ToArray();
    }
}
