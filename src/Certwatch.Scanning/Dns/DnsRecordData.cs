namespace Certwatch.Scanning.Dns;

/// <summary>The parsed RDATA of a resource record; one subtype per record type Certwatch reads.</summary>
public abstract record DnsRecordData;
