using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Names;

namespace Certwatch.X509.Analysis;

/// <summary>
/// Derives deployment facts (order, duplicates, extra certificates, root sent, missing issuer) by
/// comparing what was served with the path the verifier built. RFC 8446 §4.4.2 and RFC 5246 §7.4.2:
/// the leaf comes first and each following certificate should certify the one before it.
/// </summary>
public static class ServedChainInspector
{
    public static ServedChainFacts Inspect(
        IReadOnlyList<CertificateInfo> served,
        IReadOnlyList<CertificateInfo> path,
        bool endsAtAnchor,
        IReadOnlyList<CertificateProblem> problems,
        NameMatch? nameMatch)
    {
        var onPath = path.Select(c => c.Sha256Fingerprint).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var distinct = served.DistinctBy(c => c.Sha256Fingerprint.ToUpperInvariant()).ToList();
        var missing = MissingIssuerOf(path, endsAtAnchor, problems);
        return new ServedChainFacts(
            InOrder: IsInOrder(distinct, path, onPath),
            ContainsAnchor: SendsRoot(served, path, endsAtAnchor),
            DuplicateCount: served.Count - distinct.Count,
            UnrelatedCount: distinct.Count(c => !onPath.Contains(c.Sha256Fingerprint)),
            LeafMatchesName: nameMatch?.Matched ?? true,
            MissingIssuer: missing?.Issuer,
            MissingIssuerUrl: missing?.CaIssuersUrls.FirstOrDefault());
    }

    /// <summary>The certificate whose issuer could be found neither among the served certificates nor in the store.</summary>
    public static CertificateInfo? MissingIssuerOf(IReadOnlyList<CertificateInfo> path, bool endsAtAnchor, IReadOnlyList<CertificateProblem> problems)
    {
        var reported = problems.FirstOrDefault(p => p.Kind == ProblemKind.IssuerNotFound);
        if (reported is not null)
        {
            return reported.Certificate;
        }
        var top = path.Count > 0 ? path[^1] : null;
        return top is not null && !endsAtAnchor && !top.IsSelfIssued ? top : null;
    }

    // Served certificates that are on the path, in served order, must be a prefix of the path.
    private static bool IsInOrder(IReadOnlyList<CertificateInfo> distinctServed, IReadOnlyList<CertificateInfo> path, HashSet<string> onPath)
    {
        var related = distinctServed.Where(c => onPath.Contains(c.Sha256Fingerprint)).ToList();
        for (var i = 0; i < related.Count; i++)
        {
            if (i >= path.Count || !related[i].Sha256Fingerprint.Equals(path[i].Sha256Fingerprint, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    // A served self-issued CA (other than a lone self-signed leaf) or the anchor itself.
    private static bool SendsRoot(IReadOnlyList<CertificateInfo> served, IReadOnlyList<CertificateInfo> path, bool endsAtAnchor)
    {
        var anchor = endsAtAnchor && path.Count > 1 ? path[^1].Sha256Fingerprint : null;
        return served.Skip(1).Any(c => (c.IsSelfIssued && c.IsCa) ||
            (anchor is not null && c.Sha256Fingerprint.Equals(anchor, StringComparison.OrdinalIgnoreCase)));
    }
}
