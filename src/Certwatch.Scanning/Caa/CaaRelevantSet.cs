using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Caa;

/// <summary>
/// The outcome of the RFC 8659 §3 search for one name: the Relevant RRset and the name it was found at,
/// none at all (any CA may issue), or a lookup failure.
/// </summary>
/// <param name="Name">The name a certificate is for (may start with "*.").</param>
/// <param name="FoundAt">The closest name up the tree that has CAA records; null when none has.</param>
/// <param name="Records">The Relevant RRset; empty when none was found.</param>
/// <param name="AuthenticData">The resolver set AD on the reply that decided (RFC 4035 §3.2.3).</param>
/// <param name="Failure">Why the search could not finish; null when it did.</param>
public sealed record CaaRelevantSet(string Name, string? FoundAt, IReadOnlyList<DnsCaaData> Records, bool AuthenticData, string? Failure)
{
    public bool IsWildcard => Name.StartsWith("*.", StringComparison.Ordinal);

    /// <summary>The records as a zone file writes them, for evidence.</summary>
    public IEnumerable<string> Describe() =>
        Records.Select(r => $"{FoundAt} CAA {r.Flags} {r.Tag} \"{Printable(r.Value)}\"");

    // Hostile zones may put control characters in values: never echo them raw.
    private static string Printable(string value) =>
        new([.. value.Take(200).Select(c => char.IsControl(c) ? '?' : c)]);
}
