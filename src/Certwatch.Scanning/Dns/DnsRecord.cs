using System.Buffers.Binary;

namespace Certwatch.Scanning.Dns;

/// <summary>One resource record (RFC 1035 §4.1.3).</summary>
public sealed record DnsRecord(string Name, DnsRecordType Type, ushort Class, uint Ttl, DnsRecordData Data)
{
    public static DnsParseError TryRead(ReadOnlySpan<byte> message, ref int offset, out DnsRecord? record)
    {
        record = null;
        var error = DnsName.TryRead(message, ref offset, out var name);
        if (error != DnsParseError.None)
        {
            return error;
        }

        if (offset + 10 > message.Length)
        {
            return DnsParseError.Truncated;
        }

        var type = (DnsRecordType)BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);
        var @class = BinaryPrimitives.ReadUInt16BigEndian(message[(offset + 2)..]);
        var ttl = BinaryPrimitives.ReadUInt32BigEndian(message[(offset + 4)..]);
        var dataLength = BinaryPrimitives.ReadUInt16BigEndian(message[(offset + 8)..]);
        var dataStart = offset + 10;
        if (dataStart + dataLength > message.Length)
        {
            return DnsParseError.Truncated;
        }

        error = DnsRecordDataReader.TryRead(message, type, dataStart, dataLength, out var data);
        if (error != DnsParseError.None)
        {
            return error;
        }

        offset = dataStart + dataLength;
        record = new DnsRecord(name, type, @class, ttl, data!);
        return DnsParseError.None;
    }
}
