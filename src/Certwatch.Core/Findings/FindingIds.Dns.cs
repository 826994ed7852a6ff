namespace Certwatch.Core.Findings;

/// <summary>Finding ids of DNS (CAA, DANE/TLSA, MX) and nodes of one name.</summary>
public static partial class FindingIds
{
    public const string NodesDisagree = "nodes.disagree";
    public const string DnsMxNull = "dns.mx.null";
    public const string DnsMxImplicit = "dns.mx.implicit";
    public const string DnsCaaNone = "dns.caa.none";
    public const string DnsCaaAuthorized = "dns.caa.authorized";
    public const string DnsCaaNotAuthorized = "dns.caa.not-authorized";
    public const string DnsCaaUnknownIssuer = "dns.caa.unknown-issuer";
    public const string DnsCaaCriticalUnknownTag = "dns.caa.critical-unknown-tag";
    public const string DnsCaaLookupFailed = "dns.caa.lookup-failed";
    public const string DnsDaneMatch = "dns.dane.match";
    public const string DnsDaneMismatch = "dns.dane.mismatch";
    public const string DnsDaneUnusable = "dns.dane.unusable";
    public const string DnsDaneLookupFailed = "dns.dane.lookup-failed";

    private static IReadOnlyList<string> DnsIds =>
    [
        NodesDisagree, DnsMxNull, DnsMxImplicit, DnsCaaNone, DnsCaaAuthorized, DnsCaaNotAuthorized, DnsCaaUnknownIssuer,
        DnsCaaCriticalUnknownTag, DnsCaaLookupFailed, DnsDaneMatch, DnsDaneMismatch, DnsDaneUnusable, DnsDaneLookupFailed,
    ];
}
