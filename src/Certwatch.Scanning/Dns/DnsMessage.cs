namespace Certwatch.Scanning.Dns;

/// <summary>A parsed DNS message (RFC 1035 §4.1). Bytes after the last counted record are ignored.</summary>
public sealed record DnsMessage(
    DnsHeader Header,
    IReadOnlyList<DnsQuestion> Questions,
    IReadOnlyList<DnsRecord> Answers,
    IReadOnlyList<DnsRecord> Authority,
    IReadOnlyList<DnsRecord> Additional)
{
    public static DnsParseError TryParse(ReadOnlySpan<byte> bytes, out DnsMessage? message)
    {
        message = null;
        var error = DnsHeader.TryParse(bytes, out var header);
        if (error != DnsParseError.None)
        {
            return error;
        }

        var offset = DnsHeader.Length;
        var questions = new List<DnsQuestion>();
        for (var i = 0; i < header!.QuestionCount && error == DnsParseError.None; i++)
        {
            error = DnsQuestion.TryRead(bytes, ref offset, out var question);
            if (question is not null)
            {
                questions.Add(question);
            }
        }

        var answers = new List<DnsRecord>();
        var authority = new List<DnsRecord>();
        var additional = new List<DnsRecord>();
        error = error != DnsParseError.None ? error : ReadSection(bytes, ref offset, header.AnswerCount, answers);
        error = error != DnsParseError.None ? error : ReadSection(bytes, ref offset, header.AuthorityCount, authority);
        error = error != DnsParseError.None ? error : ReadSection(bytes, ref offset, header.AdditionalCount, additional);
        if (error == DnsParseError.None)
        {
            message = new DnsMessage(header, questions, answers, authority, additional);
        }

        return error;
    }

    // Each record takes at least 11 bytes, so a count of 65535 cannot make this loop outrun the input.
    private static DnsParseError ReadSection(ReadOnlySpan<byte> bytes, ref int offset, int count, List<DnsRecord> records)
    {
        for (var i = 0; i < count; i++)
        {
            var error = DnsRecord.TryRead(bytes, ref offset, out var record);
            if (error != DnsParseError.None)
            {
                return error;
            }

            records.Add(record!);
        }

        return DnsParseError.None;
    }
}
