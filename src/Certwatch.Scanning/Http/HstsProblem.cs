namespace Certwatch.Scanning.Http;

/// <summary>One problem found in a Strict-Transport-Security value, with a sentence that quotes the offending text.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">Why, for a human: "max-age appears twice", "max-age '1y' is not a number of seconds".</param>
public sealed record HstsProblem(HstsProblemKind Kind, string Message)
{
    /// <summary>True when browsers discard the whole header because of this problem (RFC 6797 §6.1 rule 4).</summary>
    public bool IgnoresHeader => Kind is HstsProblemKind.MaxAgeMissing or HstsProblemKind.MaxAgeRepeated
        or HstsProblemKind.MaxAgeWithoutValue or HstsProblemKind.MaxAgeNotSeconds
        or HstsProblemKind.IncludeSubDomainsRepeated or HstsProblemKind.IncludeSubDomainsWithValue
        or HstsProblemKind.Malformed;
}
