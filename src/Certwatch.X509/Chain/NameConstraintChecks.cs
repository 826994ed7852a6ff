using System.Formats.Asn1;
using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// RFC 5280 §6.1.4 (g) and §6.1.3 (b)(c): every CA's nameConstraints (the trust anchor's too, as browsers and
/// webpki apply them) bind every certificate below it — the leaf always, intermediates unless self-issued.
/// Each CA is applied on its own, so a lower CA can only narrow what a higher one permits, never widen it.
/// </summary>
internal static class NameConstraintChecks
{
    public static void Check(PathProblems problems, IReadOnlyList<CertificateInfo> path)
    {
        // RFC 5280 §4.2.1.10: "The name constraints extension … MUST be used only in a CA certificate."
        if (!path[0].IsCa && NameConstraintSet.Of(path[0]) is not null)
        {
            problems.Add(ProblemKind.NameConstraintViolation, 0,
                "carries a nameConstraints extension, which only CA certificates may use (RFC 5280 §4.2.1.10)");
        }

        for (var ca = 1; ca < path.Count; ca++)
        {
            if (NameConstraintSet.Of(path[ca]) is not { } constraints)
            {
                continue;
            }

            var invalid = constraints.Error ?? InvalidConstraint(constraints);
            if (invalid is not null)
            {
                problems.Add(ProblemKind.NameConstraintViolation, ca, $"has unusable name constraints: {invalid}");
                continue;
            }

            for (var below = 0; below < ca; below++)
            {
                if (below > 0 && path[below].IsSelfIssued)
                {
                    continue;
                }

                foreach (var violation in Violations(constraints, path[below]))
                {
                    problems.Add(ProblemKind.NameConstraintViolation, below,
                        $"{violation} of issuer '{path[ca].DisplayName}' (RFC 5280 §4.2.1.10)");
                }
            }
        }
    }

    private static string? InvalidConstraint(NameConstraintSet constraints)
    {
        foreach (var name in constraints.Permitted.Concat(constraints.Excluded))
        {
            var valid = name.Tag switch
            {
                GeneralName.DnsTag => SubtreeMatching.IsValidDnsConstraint(name.Text),
                GeneralName.IpTag => SubtreeMatching.IsValidIpConstraint(name.Content),
                _ => true,
            };
            if (!valid)
            {
                return $"{SubtreeMatching.Describe(name)} is not a valid subtree (dNSName without wildcards; iPAddress as address and CIDR mask)";
            }
        }

        return null;
    }

    private static List<string> Violations(NameConstraintSet constraints, CertificateInfo certificate)
    {
        try
        {
            return FindViolations(constraints, ConstrainedNames.Of(certificate));
        }
        catch (AsnContentException e)
        {
            // A name (or a directoryName subtree) that cannot be decoded cannot be shown to be inside the constraints.
            return [$"has names that cannot be compared with the name constraints ({e.Message})"];
        }
    }

    private static List<string> FindViolations(NameConstraintSet constraints, ConstrainedNames names)
    {
        var found = new List<string>();
        foreach (var name in names.AltNames)
        {
            CheckAltName(constraints, name, found);
        }

        if (names.SubjectRdns.Count > 0)
        {
            CheckName(constraints, SubtreeMatching.DirectoryTag, "subject", c => SubtreeMatching.DirectoryMatches(ConstrainedNames.SplitRdns(ConstrainedNames.DirectoryNameDer(c)), names.SubjectRdns), found);
        }

        foreach (var email in names.SubjectEmails)
        {
            CheckName(constraints, SubtreeMatching.EmailTag, $"subject emailAddress \"{email}\"", c => SubtreeMatching.EmailMatches(c.Text, email), found);
        }

        return found;
    }

    private static void CheckAltName(NameConstraintSet constraints, GeneralName name, List<string> found)
    {
        var what = $"subjectAltName {SubtreeMatching.Describe(name)}";
        switch (name.Tag)
        {
            case GeneralName.DnsTag when HasForm(constraints, name.Tag) && !SubtreeMatching.IsValidDnsName(name.Text):
            case GeneralName.IpTag when HasForm(constraints, name.Tag) && name.Content.Length is not (4 or 16):
                found.Add($"has malformed {what}, which cannot be checked against the name constraints");
                break;
            case GeneralName.DnsTag:
                CheckName(constraints, name.Tag, what, c => SubtreeMatching.DnsMatches(c.Text, name.Text), found);
                break;
            case GeneralName.IpTag:
                CheckName(constraints, name.Tag, what, c => SubtreeMatching.IpMatches(c.Content, name.Content), found);
                break;
            case SubtreeMatching.DirectoryTag:
                var rdns = ConstrainedNames.SplitRdns(ConstrainedNames.DirectoryNameDer(name));
                CheckName(constraints, name.Tag, what, c => SubtreeMatching.DirectoryMatches(ConstrainedNames.SplitRdns(ConstrainedNames.DirectoryNameDer(c)), rdns), found);
                break;
            case SubtreeMatching.EmailTag:
                CheckName(constraints, name.Tag, what, c => SubtreeMatching.EmailMatches(c.Text, name.Text), found);
                break;
        }
    }

    /// <summary>§6.1.3 (b)(c): a name of a form with permitted subtrees must be in one of them, and in none of the excluded ones.</summary>
    private static void CheckName(NameConstraintSet constraints, int tag, string what, Func<GeneralName, bool> inSubtree, List<string> found)
    {
        var permitted = constraints.Permitted.Where(c => c.Tag == tag).ToList();
        if (permitted.Count > 0 && !permitted.Any(inSubtree))
        {
            found.Add($"has {what}, outside the permitted subtrees ({string.Join(", ", permitted.Select(SubtreeMatching.Describe))})");
        }

        if (constraints.Excluded.Where(c => c.Tag == tag).FirstOrDefault(inSubtree) is { Content: not null } excluded)
        {
            found.Add($"has {what}, inside the excluded subtree {SubtreeMatching.Describe(excluded)}");
        }
    }

    private static bool HasForm(NameConstraintSet constraints, int tag) =>
        constraints.Permitted.Concat(constraints.Excluded).Any(c => c.Tag == tag);
}
