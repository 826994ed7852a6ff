namespace Certwatch.Scanning.Dns;

/// <summary>The 4-bit RCODE of a response header (RFC 1035 §4.1.1, RFC 6895 §2.3); unknown values are kept as numbers.</summary>
public enum DnsResponseCode
{
    NoError = 0,
    FormErr = 1,
    ServFail = 2,
    NXDomain = 3,
    NotImp = 4,
    Refused = 5,
    YXDomain = 6,
    YXRRSet = 7,
    NXRRSet = 8,
    NotAuth = 9,
    NotZone = 10,
}
