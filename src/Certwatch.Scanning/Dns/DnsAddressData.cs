using System.Net;

namespace Certwatch.Scanning.Dns;

/// <summary>A (RFC 1035 §3.4.1) or AAAA (RFC 3596 §2.2) data.</summary>
public sealed record DnsAddressData(IPAddress Address) : DnsRecordData;
