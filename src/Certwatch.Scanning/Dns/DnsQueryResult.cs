namespace Certwatch.Scanning.Dns;

/// <summary>Either an answer (any RCODE) or an error; never both.</summary>
public sealed record DnsQueryResult
{
    private DnsQueryResult(DnsAnswer? answer, DnsQueryError? error)
    {
        Answer = answer;
        Error = error;
    }

    public DnsAnswer? Answer { get; }

    public DnsQueryError? Error { get; }

    public bool Succeeded => Answer is not null;

    public static DnsQueryResult Success(DnsAnswer answer) => new(answer, null);

    public static DnsQueryResult Failure(DnsErrorKind kind, string message) => new(null, new DnsQueryError(kind, message));

    /// <summary>The data of the asked type, or nothing when the query failed or the name has none.</summary>
    public IReadOnlyList<T> DataOf<T>()
        where T : DnsRecordData => Answer?.DataOf<T>() ?? [];
}
