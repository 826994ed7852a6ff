namespace Certwatch.Scanning.Http;

/// <summary>
/// What is wrong with a Strict-Transport-Security value. The first group makes browsers ignore the whole
/// header (RFC 6797 §6.1 rule 4; Chrome net/http/http_security_headers.cc ParseHSTSHeader returns false);
/// the second group is a note: browsers still apply the header.
/// </summary>
public enum HstsProblemKind
{
    /// <summary>No max-age directive (RFC 6797 §6.1.1: REQUIRED). Header ignored.</summary>
    MaxAgeMissing,

    /// <summary>max-age appears more than once (§6.1 rule 2; Chrome rejects). Header ignored.</summary>
    MaxAgeRepeated,

    /// <summary>max-age without a value ("max-age" or "max-age="). Header ignored.</summary>
    MaxAgeWithoutValue,

    /// <summary>max-age is not 1*DIGIT after unquoting: a sign, decimal point, unit or space (§6.1.1). Header ignored.</summary>
    MaxAgeNotSeconds,

    /// <summary>includeSubDomains appears more than once (§6.1 rule 2; Chrome rejects). Header ignored.</summary>
    IncludeSubDomainsRepeated,

    /// <summary>includeSubDomains carries a value (§6.1.2: valueless; Chrome rejects). Header ignored.</summary>
    IncludeSubDomainsWithValue,

    /// <summary>Text that is not directive syntax: a name that is not a token, an empty name, a bad value or quoted-string. Header ignored.</summary>
    Malformed,

    /// <summary>max-age above one year: Chrome stores 31536000 s (kMaxHSTSAgeSecs). Header applied.</summary>
    MaxAgeCapped,

    /// <summary>A directive browsers do not know; skipped (§6.1 rule 5). Header applied.</summary>
    UnknownDirective,

    /// <summary>preload with a value: browsers skip it; hstspreload.org flags it. Header applied.</summary>
    PreloadWithValue,

    /// <summary>preload more than once: browsers skip it; hstspreload.org flags it. Header applied.</summary>
    PreloadRepeated,

    /// <summary>An empty directive (";;" or a trailing ";"), which the grammar allows. Header applied.</summary>
    EmptyDirective,
}
