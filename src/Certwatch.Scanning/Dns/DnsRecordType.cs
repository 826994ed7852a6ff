namespace Certwatch.Scanning.Dns;

/// <summary>Resource record types Certwatch reads (RFC 1035 §3.2.2 and later registrations); any other value is kept raw.</summary>
public enum DnsRecordType : ushort
{
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    MX = 15,
    TXT = 16,
    AAAA = 28,

    /// <summary>EDNS0 pseudo-record (RFC 6891 §6.1.1).</summary>
    OPT = 41,

    /// <summary>DANE (RFC 6698 §2).</summary>
    TLSA = 52,

    /// <summary>Certification Authority Authorization (RFC 8659 §4.1).</summary>
    CAA = 257,
}
