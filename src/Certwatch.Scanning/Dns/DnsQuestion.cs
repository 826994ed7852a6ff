using System.Buffers.Binary;

namespace Certwatch.Scanning.Dns;

/// <summary>One entry of the question section (RFC 1035 §4.1.2).</summary>
public sealed record DnsQuestion(string Name, DnsRecordType Type, ushort Class = DnsQuestion.InternetClass)
{
    public const ushort InternetClass = 1;

    public static DnsParseError TryRead(ReadOnlySpan<byte> message, ref int offset, out DnsQuestion? question)
    {
        question = null;
        var error = DnsName.TryRead(message, ref offset, out var name);
        if (error != DnsParseError.None)
        {
            return error;
        }

        if (offset + 4 > message.Length)
        {
            return DnsParseError.Truncated;
        }

        question = new DnsQuestion(
            name,
            (DnsRecordType)BinaryPrimitives.ReadUInt16BigEndian(message[offset..]),
            BinaryPrimitives.ReadUInt16BigEndian(message[(offset + 2)..]));
        offset += 4;
        return DnsParseError.None;
    }

    /// <summary>Same question, names compared case-insensitively as DNS does (RFC 4343 §3).</summary>
    public bool Matches(DnsQuestion other) =>
        Type == other.Type && Class == other.Class && DnsName.AreEqual(Name, other.Name);
}
