namespace Certwatch.Scanning.Dns;

/// <summary>Typed records from one or more queries, with the queries kept for the reason when there are none.</summary>
public sealed record DnsLookup<T>(IReadOnlyList<T> Records, IReadOnlyList<DnsQueryResult> Queries)
{
    /// <summary>The first failure, when no record was found.</summary>
    public DnsQueryError? Error => Records.Count == 0 ? Queries.Select(q => q.Error).FirstOrDefault(e => e is not null) : null;

    /// <summary>The first RCODE other than NOERROR among the answers, else NOERROR when any answer came back.</summary>
    public DnsResponseCode? ResponseCode
    {
        get
        {
            var codes = Queries.Where(q => q.Answer is not null).Select(q => q.Answer!.ResponseCode).ToList();
            return codes.Count == 0 ? null : codes.FirstOrDefault(c => c != DnsResponseCode.NoError, DnsResponseCode.NoError);
        }
    }
}
