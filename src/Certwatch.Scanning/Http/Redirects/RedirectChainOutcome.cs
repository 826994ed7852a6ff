namespace Certwatch.Scanning.Http;

/// <summary>How following a redirect chain ended.</summary>
public enum RedirectChainOutcome
{
    /// <summary>The last hop answered with a status that is not a redirect.</summary>
    Completed,

    /// <summary>A hop gave no response head (see its <see cref="HttpHop.Error"/>).</summary>
    HopFailed,

    /// <summary>More redirects than the limit (endless redirects).</summary>
    TooManyRedirects,

    /// <summary>A redirect pointed at a URL already visited in this chain.</summary>
    Loop,

    /// <summary>A redirect to another host that does not resolve through the injected resolver (or there is none); recorded, not followed.</summary>
    OffHostNotFollowed,

    /// <summary>A redirect whose Location is not an http or https URL.</summary>
    InvalidLocation,
}
