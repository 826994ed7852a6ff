using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Caa;

/// <summary>
/// Applies RFC 8659 §4 to a Relevant RRset the way the issuing CA will at its next issuance: a critical
/// unknown tag forbids everyone; for a wildcard name "issuewild" properties win over "issue" (§4.3); for
/// any other name only "issue" counts; with no relevant property, any CA may issue.
/// </summary>
public static class CaaEvaluator
{
    /// <summary>Tags a CA understands (RFC 8659 §4.2–4.4, RFC 9495 issuemail, BIMI issuevmc, CA/B BR contact tags).</summary>
    private static readonly HashSet<string> KnownTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "issue", "issuewild", "iodef", "issuemail", "issuevmc", "contactemail", "contactphone",
    };

    /// <param name="issuerDomains">The current CA's CAA domains; null when Certwatch does not know the CA.</param>
    public static CaaVerdict Evaluate(CaaRelevantSet set, IReadOnlyList<string>? issuerDomains)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.Failure is not null)
        {
            return new CaaVerdict(set, CaaVerdictKind.LookupFailed, [], set.Failure);
        }

        if (set.Records.Count == 0)
        {
            return new CaaVerdict(set, CaaVerdictKind.NoRecords, []);
        }

        if (set.Records.FirstOrDefault(r => r.IsCritical && !KnownTags.Contains(r.Tag)) is { } critical)
        {
            return new CaaVerdict(set, CaaVerdictKind.CriticalUnknownTag, [], critical.Tag);
        }

        var relevant = Relevant(set.Records, set.IsWildcard);
        if (relevant.Count == 0)
        {
            return new CaaVerdict(set, CaaVerdictKind.Unrestricted, []);
        }

        // A malformed value authorises nobody; keep it visible as what it said.
        var listed = relevant.Select(r => CaaIssuerValue.IssuerDomain(r.Value) ?? $"(malformed: {r.Value})").Distinct().ToList();
        if (issuerDomains is null)
        {
            return new CaaVerdict(set, CaaVerdictKind.IssuerUnknown, listed);
        }

        var allowed = listed.Any(l => issuerDomains.Contains(l, StringComparer.OrdinalIgnoreCase));
        return new CaaVerdict(set, allowed ? CaaVerdictKind.Authorized : CaaVerdictKind.NotAuthorized, listed);
    }

    private static List<DnsCaaData> Relevant(IReadOnlyList<DnsCaaData> records, bool wildcard)
    {
        var issue = records.Where(r => r.Tag.Equals("issue", StringComparison.OrdinalIgnoreCase)).ToList();
        if (!wildcard)
        {
            return issue;
        }

        var issueWild = records.Where(r => r.Tag.Equals("issuewild", StringComparison.OrdinalIgnoreCase)).ToList();
        return issueWild.Count > 0 ? issueWild : issue;
    }
}
