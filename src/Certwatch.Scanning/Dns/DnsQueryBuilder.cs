using System.Buffers.Binary;

namespace Certwatch.Scanning.Dns;

/// <summary>
/// Builds a one-question recursive query (RFC 1035 §4.1), optionally with an EDNS0 OPT record advertising
/// the UDP payload size we accept (RFC 6891 §6.1.2; 1232 is the DNS Flag Day 2020 value that avoids
/// IP fragmentation).
/// </summary>
public static class DnsQueryBuilder
{
    public const int DefaultUdpPayloadSize = 1232;

    /// <summary>False when <paramref name="name"/> is not a valid ASCII domain name.</summary>
    /// <param name="requestAuthenticData">
    /// Set AD in the query: RFC 6840 §5.7, the way a stub asks a validating resolver to report its DNSSEC
    /// verdict in the reply's AD bit without asking for the signatures (DO).
    /// </param>
    public static bool TryBuild(ushort id, string name, DnsRecordType type, int? ednsUdpPayloadSize, out byte[] query, bool requestAuthenticData = false)
    {
        query = [];
        if (!DnsName.TryEncode(name, out var wireName))
        {
            return false;
        }

        var optLength = ednsUdpPayloadSize is null ? 0 : 11;
        query = new byte[DnsHeader.Length + wireName.Length + 4 + optLength];
        var header = new DnsHeader(id, false, 0, false, false, RecursionDesired: true, false, requestAuthenticData, false,
            DnsResponseCode.NoError, 1, 0, 0, (ushort)(optLength > 0 ? 1 : 0));
        header.Write(query);
        var offset = DnsHeader.Length;
        wireName.CopyTo(query, offset);
        offset += wireName.Length;
        BinaryPrimitives.WriteUInt16BigEndian(query.AsSpan(offset), (ushort)type);
        BinaryPrimitives.WriteUInt16BigEndian(query.AsSpan(offset + 2), DnsQuestion.InternetClass);
        if (ednsUdpPayloadSize is { } size)
        {
            WriteOpt(query.AsSpan(offset + 4), (ushort)Math.Clamp(size, 512, ushort.MaxValue));
        }

        return true;
    }

    // RFC 6891 §6.1.2: root owner name, TYPE 41, CLASS = payload size, TTL = extended RCODE/version/flags (0), no options.
    private static void WriteOpt(Span<byte> destination, ushort payloadSize)
    {
        destination[0] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(destination[1..], (ushort)DnsRecordType.OPT);
        BinaryPrimitives.WriteUInt16BigEndian(destination[3..], payloadSize);
        destination[5..11].Clear();
    }
}
