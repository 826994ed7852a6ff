using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Mail;

/// <summary>What the TLSA records of one SMTP server say about the chain it served.</summary>
public enum DaneVerdictKind
{
    /// <summary>No TLSA records: the server does not do DANE; nothing to report.</summary>
    NoRecords,

    /// <summary>A usable record matches (DANE-EE the leaf, or DANE-TA a CA the served chain leads to).</summary>
    Match,

    /// <summary>Usable records exist and none matches: DANE senders will not deliver (RFC 7672 §2.2).</summary>
    Mismatch,

    /// <summary>Records exist but none is usable for SMTP (RFC 7672 §3.1.3): senders fall back to unauthenticated TLS.</summary>
    Unusable,

    /// <summary>The lookup failed: a DANE sender defers delivery (RFC 7672 §2.1.1).</summary>
    LookupFailed,
}

/// <param name="Owner">The TLSA owner name, e.g. _25._tcp.mx.example.com.</param>
/// <param name="Records">The TLSA records found.</param>
/// <param name="Matched">The record that matched, when one did.</param>
/// <param name="Reasons">Why records did not match (or why the lookup failed), for evidence.</param>
/// <param name="AuthenticData">The resolver set AD on the reply.</param>
public sealed record DaneVerdict(
    string Owner,
    DaneVerdictKind Kind,
    IReadOnlyList<DnsTlsaData> Records,
    DnsTlsaData? Matched,
    IReadOnlyList<string> Reasons,
    bool AuthenticData);
