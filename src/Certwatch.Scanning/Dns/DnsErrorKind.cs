namespace Certwatch.Scanning.Dns;

/// <summary>Why a query got no usable answer. DNS-level outcomes (NXDOMAIN, SERVFAIL…) are answers, not errors.</summary>
public enum DnsErrorKind
{
    /// <summary>The name cannot be put on the wire (empty label, label over 63 octets, non-ASCII).</summary>
    InvalidName,

    /// <summary>No server sent a matching reply within the timeout.</summary>
    Timeout,

    /// <summary>Sockets failed (unreachable, refused, reset).</summary>
    NetworkError,

    /// <summary>Replies arrived but none could be parsed or matched the query.</summary>
    MalformedResponse,

    /// <summary>CNAMEs point back at a name already in the chain.</summary>
    CnameLoop,

    /// <summary>More CNAMEs than the client follows.</summary>
    CnameChainTooLong,
}
