using System.Buffers.Binary;
using System.Net;

namespace Certwatch.Scanning.Dns;

/// <summary>
/// Parses RDATA by type. Names inside RDATA may be compressed (RFC 3597 §4 allows it for the RFC 1035
/// types only), so readers get the whole message; each must consume exactly the RDATA length.
/// </summary>
internal static class DnsRecordDataReader
{
    public static DnsParseError TryRead(ReadOnlySpan<byte> message, DnsRecordType type, int start, int length, out DnsRecordData? data)
    {
        var rdata = message.Slice(start, length);
        data = type switch
        {
            DnsRecordType.A => rdata.Length == 4 ? new DnsAddressData(new IPAddress(rdata)) : null,
            DnsRecordType.AAAA => rdata.Length == 16 ? new DnsAddressData(new IPAddress(rdata)) : null,
            DnsRecordType.TXT => ReadTxt(rdata),
            DnsRecordType.CAA => ReadCaa(rdata),
            DnsRecordType.TLSA => rdata.Length >= 3 ? new DnsTlsaData(rdata[0], rdata[1], rdata[2], rdata[3..].ToArray()) : null,
            DnsRecordType.CNAME or DnsRecordType.NS or DnsRecordType.MX or DnsRecordType.SOA => null,
            _ => new DnsUnknownData(rdata.ToArray()),
        };
        if (data is not null)
        {
            return DnsParseError.None;
        }

        return type switch
        {
            DnsRecordType.CNAME => TryReadNameOnly(message, start, length, n => new DnsCnameData(n), out data),
            DnsRecordType.NS => TryReadNameOnly(message, start, length, n => new DnsNsData(n), out data),
            DnsRecordType.MX => TryReadMx(message, start, length, out data),
            DnsRecordType.SOA => TryReadSoa(message, start, length, out data),
            _ => DnsParseError.BadRecordData,
        };
    }

    private static DnsTxtData? ReadTxt(ReadOnlySpan<byte> rdata)
    {
        var strings = new List<byte[]>();
        var position = 0;
        while (position < rdata.Length)
        {
            var length = rdata[position];
            if (position + 1 + length > rdata.Length)
            {
                return null;
            }

            strings.Add(rdata.Slice(position + 1, length).ToArray());
            position += 1 + length;
        }

        // RFC 1035 §3.3.14: at least one character-string.
        return strings.Count > 0 ? new DnsTxtData(strings) : null;
    }

    private static DnsCaaData? ReadCaa(ReadOnlySpan<byte> rdata)
    {
        // RFC 8659 §4.1: tag length 1..15, tag of ASCII letters and digits only.
        if (rdata.Length < 2 || rdata[1] is 0 or > 15 || rdata.Length < 2 + rdata[1])
        {
            return null;
        }

        var tag = rdata.Slice(2, rdata[1]);
        foreach (var octet in tag)
        {
            if (!char.IsAsciiLetterOrDigit((char)octet))
            {
                return null;
            }
        }

        return new DnsCaaData(rdata[0], System.Text.Encoding.ASCII.GetString(tag), rdata[(2 + tag.Length)..].ToArray());
    }

    private static DnsParseError TryReadNameOnly(ReadOnlySpan<byte> message, int start, int length, Func<string, DnsRecordData> create, out DnsRecordData? data)
    {
        data = null;
        var offset = start;
        var error = ReadNameWithin(message, ref offset, start + length, out var name);
        if (error == DnsParseError.None)
        {
            data = offset == start + length ? create(name) : null;
        }

        return data is null && error == DnsParseError.None ? DnsParseError.BadRecordData : error;
    }

    private static DnsParseError TryReadMx(ReadOnlySpan<byte> message, int start, int length, out DnsRecordData? data)
    {
        data = null;
        if (length < 3)
        {
            return DnsParseError.BadRecordData;
        }

        var preference = BinaryPrimitives.ReadUInt16BigEndian(message[start..]);
        var offset = start + 2;
        var error = ReadNameWithin(message, ref offset, start + length, out var exchange);
        if (error != DnsParseError.None)
        {
            return error;
        }

        data = offset == start + length ? new DnsMxData(preference, exchange) : null;
        return data is null ? DnsParseError.BadRecordData : DnsParseError.None;
    }

    private static DnsParseError TryReadSoa(ReadOnlySpan<byte> message, int start, int length, out DnsRecordData? data)
    {
        data = null;
        var end = start + length;
        var offset = start;
        var error = ReadNameWithin(message, ref offset, end, out var primary);
        if (error == DnsParseError.None)
        {
            error = ReadNameWithin(message, ref offset, end, out var mailbox);
            if (error == DnsParseError.None && offset + 20 == end)
            {
                var numbers = message[offset..end];
                data = new DnsSoaData(
                    primary, mailbox,
                    BinaryPrimitives.ReadUInt32BigEndian(numbers),
                    BinaryPrimitives.ReadUInt32BigEndian(numbers[4..]),
                    BinaryPrimitives.ReadUInt32BigEndian(numbers[8..]),
                    BinaryPrimitives.ReadUInt32BigEndian(numbers[12..]),
                    BinaryPrimitives.ReadUInt32BigEndian(numbers[16..]));
            }
        }

        return data is null && error == DnsParseError.None ? DnsParseError.BadRecordData : error;
    }

    // A name whose in-place part runs past the RDATA is malformed even if the message continues.
    private static DnsParseError ReadNameWithin(ReadOnlySpan<byte> message, ref int offset, int end, out string name)
    {
        var error = DnsName.TryRead(message, ref offset, out name);
        return error == DnsParseError.None && offset > end ? DnsParseError.BadRecordData : error;
    }
}
