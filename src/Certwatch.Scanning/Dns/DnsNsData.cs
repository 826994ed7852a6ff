namespace Certwatch.Scanning.Dns;

/// <summary>NS data: an authoritative name server for the owner (RFC 1035 §3.3.11).</summary>
public sealed record DnsNsData(string Host) : DnsRecordData;
