using System.Buffers.Binary;

namespace Certwatch.TestKit.Dns;

/// <summary>Builds a reply to a <see cref="FakeDnsQuery"/>: its id and question echoed, then the scripted records.</summary>
public sealed class FakeDnsResponse
{
    public const ushort A = 1, Cname = 5, Soa = 6, Mx = 15, Txt = 16, Aaaa = 28, Tlsa = 52, Caa = 257;

    private readonly FakeDnsQuery _query;
    private readonly List<byte[]> _answers = [];
    private readonly List<byte[]> _authority = [];
    private ushort _id;
    private int _rcode;
    private bool _truncated;

    private FakeDnsResponse(FakeDnsQuery query)
    {
        _query = query;
        _id = query.Id;
    }

    public static FakeDnsResponse To(FakeDnsQuery query) => new(query);

    public FakeDnsResponse WithRcode(int rcode)
    {
        _rcode = rcode;
        return this;
    }

    public FakeDnsResponse WithId(ushort id)
    {
        _id = id;
        return this;
    }

    public FakeDnsResponse Truncated()
    {
        _truncated = true;
        return this;
    }

    /// <summary>An answer owned by <paramref name="owner"/>; null owner writes a compression pointer to the question name.</summary>
    public FakeDnsResponse Answer(string? owner, ushort type, byte[] rdata, uint ttl = 300)
    {
        _answers.Add(Record(owner, type, rdata, ttl));
        return this;
    }

    public FakeDnsResponse Authority(string owner, ushort type, byte[] rdata, uint ttl = 300)
    {
        _authority.Add(Record(owner, type, rdata, ttl));
        return this;
    }

    public byte[] Build()
    {
        var flags = 0x8000 | (_query.Bytes[2] & 0x01) << 8 | 0x0080 | (_truncated ? 0x0200 : 0) | _rcode;
        return
        [
            .. FakeRdata.Uint16(_id), .. FakeRdata.Uint16((ushort)flags), .. FakeRdata.Uint16(1),
            .. FakeRdata.Uint16((ushort)_answers.Count), .. FakeRdata.Uint16((ushort)_authority.Count), .. FakeRdata.Uint16(0),
            .. _query.Bytes.AsSpan(12, _query.QuestionEnd - 12),
            .. _answers.SelectMany(a => a), .. _authority.SelectMany(a => a),
        ];
    }

    private static byte[] Record(string? owner, ushort type, byte[] rdata, uint ttl)
    {
        var name = owner is null ? FakeWireName.PointerToQuestion : FakeWireName.Encode(owner);
        var fixedPart = new byte[10];
        BinaryPrimitives.WriteUInt16BigEndian(fixedPart, type);
        BinaryPrimitives.WriteUInt16BigEndian(fixedPart.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt32BigEndian(fixedPart.AsSpan(4), ttl);
        BinaryPrimitives.WriteUInt16BigEndian(fixedPart.AsSpan(8), (ushort)rdata.Length);
        return [.. name, .. fixedPart, .. rdata];
    }
}
