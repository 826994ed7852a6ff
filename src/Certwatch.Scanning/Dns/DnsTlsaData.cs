namespace Certwatch.Scanning.Dns;

/// <summary>TLSA data (RFC 6698 §2.1): which certificate (usage), which part (selector), how compared (matching type).</summary>
public sealed record DnsTlsaData(byte Usage, byte Selector, byte MatchingType, byte[] AssociationData) : DnsRecordData;
