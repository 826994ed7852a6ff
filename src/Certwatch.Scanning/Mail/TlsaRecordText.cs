using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Mail;

/// <summary>TLSA records written as in a zone file and named by their RFC 7218 acronyms, for evidence.</summary>
internal static class TlsaRecordText
{
    public static string Format(string owner, DnsTlsaData record)
    {
        var data = Convert.ToHexString(record.AssociationData);
        var shown = data.Length > 72 ? data[..72] + "…" : data;
        return $"{owner} TLSA {record.Usage} {record.Selector} {record.MatchingType} {shown} ({Usage(record.Usage)} {Selector(record.Selector)} {Matching(record.MatchingType)})";
    }

    public static string Usage(byte usage) => usage switch
    {
        0 => "PKIX-TA",
        1 => "PKIX-EE",
        2 => "DANE-TA",
        3 => "DANE-EE",
        _ => $"usage {usage}",
    };

    private static string Selector(byte selector) => selector switch
    {
        0 => "Cert",
        1 => "SPKI",
        _ => $"selector {selector}",
    };

    private static string Matching(byte matching) => matching switch
    {
        0 => "Full",
        1 => "SHA2-256",
        2 => "SHA2-512",
        _ => $"matching {matching}",
    };
}
