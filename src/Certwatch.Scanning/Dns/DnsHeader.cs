using System.Buffers.Binary;

namespace Certwatch.Scanning.Dns;

/// <summary>The 12-byte message header (RFC 1035 §4.1.1; AD and CD bits from RFC 4035 §3.2).</summary>
public sealed record DnsHeader(
    ushort Id,
    bool IsResponse,
    int Opcode,
    bool Authoritative,
    bool Truncated,
    bool RecursionDesired,
    bool RecursionAvailable,
    bool AuthenticData,
    bool CheckingDisabled,
    DnsResponseCode ResponseCode,
    ushort QuestionCount,
    ushort AnswerCount,
    ushort AuthorityCount,
    ushort AdditionalCount)
{
    public const int Length = 12;

    public static DnsParseError TryParse(ReadOnlySpan<byte> message, out DnsHeader? header)
    {
        header = null;
        if (message.Length < Length)
        {
            return DnsParseError.Truncated;
        }

        var flags = BinaryPrimitives.ReadUInt16BigEndian(message[2..]);
        header = new DnsHeader(
            BinaryPrimitives.ReadUInt16BigEndian(message),
            IsResponse: (flags & 0x8000) != 0,
            Opcode: (flags >> 11) & 0xF,
            Authoritative: (flags & 0x0400) != 0,
            Truncated: (flags & 0x0200) != 0,
            RecursionDesired: (flags & 0x0100) != 0,
            RecursionAvailable: (flags & 0x0080) != 0,
            AuthenticData: (flags & 0x0020) != 0,
            CheckingDisabled: (flags & 0x0010) != 0,
            ResponseCode: (DnsResponseCode)(flags & 0xF),
            BinaryPrimitives.ReadUInt16BigEndian(message[4..]),
            BinaryPrimitives.ReadUInt16BigEndian(message[6..]),
            BinaryPrimitives.ReadUInt16BigEndian(message[8..]),
            BinaryPrimitives.ReadUInt16BigEndian(message[10..]));
        return DnsParseError.None;
    }

    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, Id);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], Flags());
        BinaryPrimitives.WriteUInt16BigEndian(destination[4..], QuestionCount);
        BinaryPrimitives.WriteUInt16BigEndian(destination[6..], AnswerCount);
        BinaryPrimitives.WriteUInt16BigEndian(destination[8..], AuthorityCount);
        BinaryPrimitives.WriteUInt16BigEndian(destination[10..], AdditionalCount);
    }

    private ushort Flags() => (ushort)(
        (IsResponse ? 0x8000 : 0) | ((Opcode & 0xF) << 11) | (Authoritative ? 0x0400 : 0) | (Truncated ? 0x0200 : 0)
        | (RecursionDesired ? 0x0100 : 0) | (RecursionAvailable ? 0x0080 : 0) | (AuthenticData ? 0x0020 : 0)
        | (CheckingDisabled ? 0x0010 : 0) | ((int)ResponseCode & 0xF));
}
