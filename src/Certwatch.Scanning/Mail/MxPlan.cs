namespace Certwatch.Scanning.Mail;

/// <summary>How mail for a domain is delivered, as a sender works it out from the DNS (RFC 5321 §5.1, RFC 7505).</summary>
public enum MxPlanKind
{
    /// <summary>MX records name the hosts, in preference order.</summary>
    Exchanges,

    /// <summary>No MX records: the domain's own A/AAAA is an implicit MX with preference 0 (RFC 5321 §5.1).</summary>
    Implicit,

    /// <summary>A single MX "0 ." — the domain accepts no mail (RFC 7505 §3).</summary>
    NullMx,

    /// <summary>The lookup failed or the domain does not exist.</summary>
    Failed,
}

/// <param name="Domain">The mail domain asked for.</param>
/// <param name="Hosts">Hosts to check, best preference first (one, the domain itself, for Implicit).</param>
/// <param name="Error">Why the lookup failed, for Failed.</param>
public sealed record MxPlan(string Domain, MxPlanKind Kind, IReadOnlyList<MxHost> Hosts, string? Error);
