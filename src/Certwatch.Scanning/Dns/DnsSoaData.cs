namespace Certwatch.Scanning.Dns;

/// <summary>SOA data (RFC 1035 §3.3.13); in a negative answer its Minimum bounds the negative TTL (RFC 2308 §5).</summary>
public sealed record DnsSoaData(
    string PrimaryServer,
    string ResponsibleMailbox,
    uint Serial,
    uint Refresh,
    uint Retry,
    uint Expire,
    uint Minimum) : DnsRecordData;
