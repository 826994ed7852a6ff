namespace Certwatch.Scanning.Dns;

/// <summary>Data of a type Certwatch does not parse (or OPT), kept as raw bytes (RFC 3597 §2).</summary>
public sealed record DnsUnknownData(byte[] Raw) : DnsRecordData;
