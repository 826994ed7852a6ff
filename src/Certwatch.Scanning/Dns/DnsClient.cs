using System.Net;
using System.Security.Cryptography;

namespace Certwatch.Scanning.Dns;

/// <summary>
/// A stub resolver: asks recursive servers, UDP first with a random id and EDNS0, TCP when the reply is
/// truncated, each server in turn for each attempt, and follows CNAME chains. Network conditions come back
/// as <see cref="DnsQueryError"/> values; only the caller's own cancellation throws.
/// </summary>
public sealed class DnsClient
{
    public DnsClient(DnsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    public DnsClientOptions Options { get; }

    /// <summary>A client for the system's resolvers (resolv.conf), 127.0.0.1 when it names none.</summary>
    public static DnsClient FromResolvConf(string path = ResolvConf.DefaultPath) =>
        new(new DnsClientOptions(ResolvConf.LoadNameservers(path)));

    public Task<DnsQueryResult> QueryAsync(string name, DnsRecordType type, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new DnsCnameFollower(this, name, type).RunAsync(cancellationToken);
    }

    /// <summary>A and AAAA asked concurrently; IPv4 addresses first, duplicates removed.</summary>
    public async Task<DnsLookup<IPAddress>> QueryAddressesAsync(string name, CancellationToken cancellationToken = default)
    {
        var results = await Task.WhenAll(
            QueryAsync(name, DnsRecordType.A, cancellationToken),
            QueryAsync(name, DnsRecordType.AAAA, cancellationToken));
        var addresses = results.SelectMany(r => r.DataOf<DnsAddressData>()).Select(d => d.Address).Distinct().ToList();
        return new DnsLookup<IPAddress>(addresses, results);
    }

    /// <summary>MX records by preference, lowest first (RFC 5321 §5.1), ties by name for a stable order.</summary>
    public async Task<DnsLookup<DnsMxData>> QueryMxAsync(string name, CancellationToken cancellationToken = default)
    {
        var result = await QueryAsync(name, DnsRecordType.MX, cancellationToken);
        var records = result.DataOf<DnsMxData>().OrderBy(m => m.Preference).ThenBy(m => m.Exchange, StringComparer.OrdinalIgnoreCase).ToList();
        return new DnsLookup<DnsMxData>(records, [result]);
    }

    public Task<DnsLookup<DnsCaaData>> QueryCaaAsync(string name, CancellationToken cancellationToken = default) =>
        LookupAsync<DnsCaaData>(name, DnsRecordType.CAA, cancellationToken);

    public Task<DnsLookup<DnsTxtData>> QueryTxtAsync(string name, CancellationToken cancellationToken = default) =>
        LookupAsync<DnsTxtData>(name, DnsRecordType.TXT, cancellationToken);

    /// <summary>TLSA records of an owner name such as "_25._tcp.mx.example.com" (RFC 6698 §3).</summary>
    public Task<DnsLookup<DnsTlsaData>> QueryTlsaAsync(string name, CancellationToken cancellationToken = default) =>
        LookupAsync<DnsTlsaData>(name, DnsRecordType.TLSA, cancellationToken);

    /// <summary>One question, no CNAME following: each attempt walks the server list with a fresh random id.</summary>
    internal async Task<DnsQueryResult> QueryOnceAsync(string name, DnsRecordType type, CancellationToken cancellationToken)
    {
        var question = new DnsQuestion(name, type);
        DnsExchangeOutcome? last = null;
        for (var attempt = 0; attempt < Math.Max(1, Options.Attempts); attempt++)
        {
            foreach (var server in Options.Servers)
            {
                var id = (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue + 1);
                if (!DnsQueryBuilder.TryBuild(id, name, type, Options.EdnsUdpPayloadSize, out var query, requestAuthenticData: true))
                {
                    return DnsQueryResult.Failure(DnsErrorKind.InvalidName, $"'{name}' is not a valid DNS name");
                }

                var (outcome, usedTcp) = await ExchangeAsync(server, query, id, question, cancellationToken);
                if (outcome.Reply is { } reply)
                {
                    return DnsQueryResult.Success(ToAnswer(name, type, reply, server, usedTcp));
                }

                last = Worse(last, outcome);
            }
        }

        return Failure(last, name, type);
    }

    private async Task<(DnsExchangeOutcome Outcome, bool UsedTcp)> ExchangeAsync(
        IPEndPoint server, byte[] query, ushort id, DnsQuestion question, CancellationToken cancellationToken)
    {
        var udp = await DnsUdpExchange.ExchangeAsync(server, query, id, question, Options.Timeout, cancellationToken);
        if (!udp.TruncatedReply)
        {
            return (udp, false);
        }

        // RFC 7766 §5: a truncated UDP reply means "ask again over TCP".
        return (await DnsTcpExchange.ExchangeAsync(server, query, id, question, Options.Timeout, cancellationToken), true);
    }

    private static DnsAnswer ToAnswer(string name, DnsRecordType type, DnsMessage reply, IPEndPoint server, bool usedTcp) =>
        new(name, type, reply.Header.ResponseCode, reply.Answers, reply.Authority, name, [], usedTcp, usedTcp, server)
        {
            AuthenticData = reply.Header.AuthenticData,
        };

    // A malformed reply says more about what went wrong than a silent server does.
    private static DnsExchangeOutcome Worse(DnsExchangeOutcome? previous, DnsExchangeOutcome current) =>
        previous?.Failure == DnsErrorKind.MalformedResponse ? previous : current;

    private DnsQueryResult Failure(DnsExchangeOutcome? last, string name, DnsRecordType type)
    {
        var servers = string.Join(", ", Options.Servers);
        return last?.Failure is { } kind
            ? DnsQueryResult.Failure(kind, $"no answer for {name} {type} from {servers}: {last.Detail}")
            : DnsQueryResult.Failure(DnsErrorKind.NetworkError, $"no DNS server to ask for {name} {type}");
    }

    private async Task<DnsLookup<T>> LookupAsync<T>(string name, DnsRecordType type, CancellationToken cancellationToken)
        where T : DnsRecordData
    {
        var result = await QueryAsync(name, type, cancellationToken);
        return new DnsLookup<T>(result.DataOf<T>(), [result]);
    }
}
