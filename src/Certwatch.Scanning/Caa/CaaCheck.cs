using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Resolution;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Caa;

/// <summary>
/// CAA for the names of a served leaf: each name's Relevant RRset (RFC 8659 §3), judged for the CA that
/// issued the leaf. IP literals and special-use names (localhost, .invalid) have no CAA and are skipped.
/// </summary>
public sealed class CaaCheck(DnsClient client)
{
    /// <summary>Bound on names asked per certificate (multi-domain certificates carry up to hundreds).</summary>
    public const int MaxNames = 20;

    public async Task<IReadOnlyList<Finding>> FindingsAsync(CertificateInfo leaf, string expectedName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        var names = Names(leaf, expectedName);
        if (names.Count == 0)
        {
            return [];
        }

        var issuer = CertificateAuthorities.ByIssuer(leaf.Issuer);
        var lookup = new CaaLookup(client);
        var sets = await Task.WhenAll(names.Select(n => lookup.FindAsync(n, cancellationToken)));
        var verdicts = sets.Select(s => CaaEvaluator.Evaluate(s, issuer?.CaaDomains)).ToList();
        return CaaFindings.For(verdicts, issuer, leaf.Issuer);
    }

    private static List<string> Names(CertificateInfo leaf, string expectedName)
    {
        IEnumerable<string> candidates = leaf.DnsNames.Count > 0 ? leaf.DnsNames : [expectedName];
        return [.. candidates
            .Select(n => n.TrimEnd('.').ToLowerInvariant())
            .Select(n => (Name: n, Base: n.StartsWith("*.", StringComparison.Ordinal) ? n[2..] : n))
            .Where(n => HostName.IsValid(n.Base) && SpecialUseNames.Classify(n.Base, out _) == SpecialUseName.None)
            .Select(n => n.Name)
            .Distinct()
            .Take(MaxNames)];
    }
}
