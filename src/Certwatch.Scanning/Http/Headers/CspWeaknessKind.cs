namespace Certwatch.Scanning.Http;

/// <summary>CSP weaknesses, in the Observatory's order of precedence (csp.js), worst first.</summary>
public enum CspWeaknessKind
{
    /// <summary>No Content-Security-Policy header (−25), or only Content-Security-Policy-Report-Only (−25).</summary>
    NotImplemented,

    /// <summary>The header is not valid CSP, or 'strict-dynamic' without a nonce or hash (−25).</summary>
    Invalid,

    /// <summary>'unsafe-inline' or data: in the effective script-src (−20).</summary>
    UnsafeInlineScript,

    /// <summary>A source that allows any host (*, http:, https:, ftp:), or no restriction at all, for scripts or objects (−20).</summary>
    BroadSource,

    /// <summary>http: or ftp: sources for active content on an HTTPS site (−20).</summary>
    InsecureActiveSource,

    /// <summary>'unsafe-eval' in script-src or style-src (−10).</summary>
    UnsafeEval,

    /// <summary>http: or ftp: sources for images or media only (−10).</summary>
    InsecurePassiveSource,

    /// <summary>'unsafe-inline', data: or broad sources in style-src only (0).</summary>
    UnsafeStyle,

    /// <summary>A directive repeated within one policy; browsers use the first (0).</summary>
    DuplicateDirective,
}
