namespace Certwatch.Scanning.Dns;

/// <summary>CNAME data: the canonical name the owner is an alias of (RFC 1035 §3.3.1).</summary>
public sealed record DnsCnameData(string Target) : DnsRecordData;
