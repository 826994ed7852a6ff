namespace Certwatch.Scanning.Dns;

/// <summary>MX data (RFC 1035 §3.3.9): lower preference is tried first (RFC 5321 §5.1).</summary>
public sealed record DnsMxData(ushort Preference, string Exchange) : DnsRecordData;
