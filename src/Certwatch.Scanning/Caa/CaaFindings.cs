using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Caa;

/// <summary>
/// Turns the CAA verdicts of a certificate's names into findings, one per kind of verdict, naming the
/// names. CAA is checked by the CA at issuance only (RFC 8659 §3, CA/B BR §3.2.2.8): it never affects a
/// client or the certificate in use, so every finding here is about the next renewal.
/// </summary>
public static class CaaFindings
{
    private const string WhatCaaIs =
        "CAA records are what a publicly-trusted CA checks before it issues (RFC 8659 §3, required by CA/B BR §3.2.2.8); clients never look at them.";

    /// <param name="issuer">The CA that issued the current leaf, or null when unknown.</param>
    /// <param name="issuerName">The leaf's issuer DN, for messages.</param>
    public static IReadOnlyList<Finding> For(IReadOnlyList<CaaVerdict> verdicts, CertificateAuthorities.Entry? issuer, string issuerName)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var findings = new List<Finding>();
        foreach (var group in verdicts.GroupBy(v => Kind(v.Kind)).OrderBy(g => g.Key))
        {
            var names = string.Join(", ", group.Select(v => v.Set.Name));
            var evidence = group.SelectMany(Evidence).Distinct().ToList();
            findings.Add(group.Key switch
            {
                CaaVerdictKind.NotAuthorized => new Finding(FindingIds.DnsCaaNotAuthorized, Severity.Warning,
                    $"CAA does not allow {issuer!.Name} to issue for {names}: the next renewal will fail",
                    $"{WhatCaaIs} The certificate in use keeps working, but {issuer.Name} (CAA domain {string.Join(" or ", issuer.CaaDomains)}) must refuse to renew it for these names.",
                    evidence,
                    FixAdvice.Text($"Add a record for the current CA next to the existing ones, e.g. `{group.First().Set.FoundAt}. IN CAA 0 issue \"{issuer.CaaDomains[0]}\"`, or renew with a CA the records list."),
                    null),
                CaaVerdictKind.Authorized => new Finding(FindingIds.DnsCaaAuthorized, Severity.Info,
                    $"CAA allows the current issuer ({issuer!.Name}) for {names}",
                    $"{WhatCaaIs} They list {issuer.Name}, so renewal is not blocked by CAA.",
                    evidence, null, null),
                CaaVerdictKind.IssuerUnknown => new Finding(FindingIds.DnsCaaUnknownIssuer, Severity.Info,
                    $"CAA restricts issuance for {names}; the current issuer is an unknown CA",
                    $"{WhatCaaIs} Certwatch does not know which CAA domain the issuer '{issuerName}' honours, so it cannot tell whether renewal is allowed.",
                    evidence,
                    FixAdvice.Text("Compare the listed issuer domains with section 4.2 of your CA's CPS."),
                    null),
                CaaVerdictKind.CriticalUnknownTag => new Finding(FindingIds.DnsCaaCriticalUnknownTag, Severity.Warning,
                    $"CAA for {names} has a critical property no CA understands: no CA will issue",
                    $"{WhatCaaIs} A property with the issuer-critical flag (128) and an unknown tag forbids every CA to issue (RFC 8659 §4.1).",
                    evidence,
                    FixAdvice.Text("Remove the critical flag (use 0) or the record with the unknown tag."),
                    null),
                CaaVerdictKind.LookupFailed => new Finding(FindingIds.DnsCaaLookupFailed, Severity.Warning,
                    $"The CAA lookup for {names} failed",
                    $"{WhatCaaIs} A CA whose CAA lookup fails must not issue unless the failure is provably outside the domain's servers (CA/B BR §3.2.2.8), so renewal may fail.",
                    evidence,
                    FixAdvice.Text("Make the authoritative servers answer CAA queries (NOERROR with no records is fine); some old servers answer SERVFAIL or time out for unknown types."),
                    null),
                _ => new Finding(FindingIds.DnsCaaNone, Severity.Info,
                    $"No CAA restricts which CA may issue for {names}",
                    $"{WhatCaaIs} With no relevant CAA record any CA may issue, including one an attacker tricks.",
                    evidence,
                    FixAdvice.Text(issuer is null
                        ? "Optionally publish CAA records naming your CA (e.g. `example.com. IN CAA 0 issue \"letsencrypt.org\"`)."
                        : $"Optionally publish `IN CAA 0 issue \"{issuer.CaaDomains[0]}\"` at the registered domain to allow only {issuer.Name}."),
                    null),
            });
        }

        return findings;
    }

    // "No records" and "records that do not restrict this kind of name" say the same to the user.
    private static CaaVerdictKind Kind(CaaVerdictKind kind) => kind == CaaVerdictKind.Unrestricted ? CaaVerdictKind.NoRecords : kind;

    private static IEnumerable<string> Evidence(CaaVerdict verdict)
    {
        var set = verdict.Set;
        if (verdict.Detail is { } detail)
        {
            yield return $"{set.Name}: {detail}";
        }

        if (set.FoundAt is null && set.Failure is null)
        {
            yield return $"{set.Name}: no CAA record at the name or any parent";
            yield break;
        }

        if (verdict.Listed.Count > 0)
        {
            yield return $"{set.Name}: allowed issuers: {string.Join(", ", verdict.Listed.Select(l => l.Length == 0 ? "(none: \";\")" : l))}";
        }

        foreach (var record in set.Describe())
        {
            yield return record;
        }

        if (set.FoundAt is not null)
        {
            yield return $"{set.FoundAt}: resolver AD bit {(set.AuthenticData ? "set (DNSSEC-validated by the resolver)" : "not set")}";
        }
    }
}
