namespace Certwatch.Scanning.Dns;

/// <summary>What one exchange with one server produced: a matching reply, or why not.</summary>
internal sealed record DnsExchangeOutcome(DnsMessage? Reply, bool TruncatedReply, DnsErrorKind? Failure, string Detail)
{
    public static DnsExchangeOutcome Answered(DnsMessage reply) => new(reply, reply.Header.Truncated, null, "");

    public static DnsExchangeOutcome Truncated() => new(null, true, null, "");

    public static DnsExchangeOutcome Failed(DnsErrorKind kind, string detail) => new(null, false, kind, detail);

    /// <summary>
    /// Anti-spoofing (RFC 5452 §3): a reply counts only if it is a response with our random id and echoes
    /// exactly our question; the caller has already checked it came from the server we asked.
    /// </summary>
    public static bool IsReplyTo(DnsMessage message, ushort id, DnsQuestion question) =>
        message.Header.IsResponse && message.Header.Id == id
        && message.Questions.Count == 1 && message.Questions[0].Matches(question);
}
