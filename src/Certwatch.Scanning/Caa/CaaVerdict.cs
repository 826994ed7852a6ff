namespace Certwatch.Scanning.Caa;

/// <summary>What the Relevant RRset of one name means for the CA that issued the current certificate.</summary>
public enum CaaVerdictKind
{
    /// <summary>No CAA anywhere up the tree: every CA may issue.</summary>
    NoRecords,

    /// <summary>CAA exists but has no property that restricts this kind of name (e.g. only iodef).</summary>
    Unrestricted,

    /// <summary>The current issuer's CAA domain is listed.</summary>
    Authorized,

    /// <summary>The current issuer is known and not listed: its next issuance for this name is refused.</summary>
    NotAuthorized,

    /// <summary>CAA restricts issuance, but which CAA domain the current issuer uses is not known to Certwatch.</summary>
    IssuerUnknown,

    /// <summary>A critical property with a tag no CA knows: no CA may issue (RFC 8659 §4.1).</summary>
    CriticalUnknownTag,

    /// <summary>The lookup failed; CAs refuse or retry (RFC 8659 §3, CA/B BR §3.2.2.8).</summary>
    LookupFailed,
}

/// <param name="Listed">The issuer domains the set allows for this name ("" for "no CA").</param>
/// <param name="Detail">The unknown critical tag, or the lookup failure.</param>
public sealed record CaaVerdict(CaaRelevantSet Set, CaaVerdictKind Kind, IReadOnlyList<string> Listed, string? Detail = null);
