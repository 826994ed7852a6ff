using System.Buffers.Binary;
using System.Text;

namespace Certwatch.TestKit.Dns;

/// <summary>A query as the fake server saw it, decoded independently of the production codec.</summary>
public sealed record FakeDnsQuery(byte[] Bytes, ushort Id, string Name, ushort Type, bool OverTcp, bool HasEdns, ushort EdnsPayloadSize, int QuestionEnd)
{
    /// <summary>Decodes an uncompressed one-question query; null when the bytes are not one.</summary>
    public static FakeDnsQuery? TryDecode(byte[] bytes, bool overTcp)
    {
        if (bytes.Length < 17 || BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4)) != 1)
        {
            return null;
        }

        var labels = new List<string>();
        var position = 12;
        while (position < bytes.Length && bytes[position] != 0)
        {
            var length = bytes[position];
            if (length > 63 || position + 1 + length >= bytes.Length)
            {
                return null;
            }

            labels.Add(Encoding.ASCII.GetString(bytes, position + 1, length));
            position += 1 + length;
        }

        var questionEnd = position + 5;
        if (questionEnd > bytes.Length)
        {
            return null;
        }

        var type = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(position + 1));
        var hasEdns = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(10)) == 1 && bytes.Length >= questionEnd + 11 && bytes[questionEnd + 2] == 41;
        var payload = hasEdns ? BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(questionEnd + 3)) : (ushort)0;
        return new FakeDnsQuery(bytes, BinaryPrimitives.ReadUInt16BigEndian(bytes), string.Join('.', labels), type, overTcp, hasEdns, payload, questionEnd);
    }
}
