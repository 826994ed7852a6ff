namespace Certwatch.Scanning.Http;

/// <summary>
/// The enforced Content-Security-Policy of a response, directives lower-cased, sources lower-cased.
/// Several policies (several headers, or one header with ",") are all enforced, so a directive present in
/// more than one keeps only the sources every one of them allows (CSP3 §2.2, §6.1).
/// </summary>
/// <param name="HeaderValues">The header values as received.</param>
/// <param name="Directives">Directive name → source list.</param>
/// <param name="Duplicates">Directives repeated inside one policy; browsers use the first (CSP3 §2.2.1 step 2.4).</param>
/// <param name="Invalid">Reasons the header is not valid CSP (bad directive names, characters outside the grammar); empty when valid.</param>
public sealed record CspPolicy(
    IReadOnlyList<string> HeaderValues,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Directives,
    IReadOnlyList<string> Duplicates,
    IReadOnlyList<string> Invalid)
{
    public IReadOnlyList<string>? this[string directive] => Directives.TryGetValue(directive, out var sources) ? sources : null;

    /// <summary>script-src, object-src, style-src… fall back to default-src (CSP3 §6.8.3 default-src fallback list).</summary>
    public IReadOnlyList<string>? Effective(string directive) => this[directive] ?? this["default-src"];
}
