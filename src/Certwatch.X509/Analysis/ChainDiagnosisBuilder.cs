using Certwatch.X509.Chain;
using Certwatch.X509.Model;

namespace Certwatch.X509.Analysis;

/// <summary>
/// Turns the verifier's <see cref="PathValidation"/> and the served certificates into a
/// <see cref="ChainDiagnosis"/>: verifier problems plus <see cref="CertificatePolicyChecks"/>, the
/// path's end (missing issuer, untrusted root, self-signed leaf) and the name check, each once.
/// </summary>
public static class ChainDiagnosisBuilder
{
    public static ChainDiagnosis Build(ChainAnalysisInput input, PathValidation validation)
    {
        var path = validation.Path.Count > 0 ? validation.Path : input.Served.Take(1).ToList();
        var endsAtAnchor = validation.Best.EndsAtTrustAnchor;
        var problems = Merge(validation.Problems, path, endsAtAnchor, validation, input.ValidationTime);
        var facts = ServedChainInspector.Inspect(input.Served, path, endsAtAnchor, problems, validation.NameMatch);
        return new ChainDiagnosis(
            input.Served, path, endsAtAnchor, problems, validation.NameMatch, facts, input.ExpectedName,
            input.ValidationTime, input.AnchorsArePublicResolved, input.HstsObserved,
            ReusedIssuerSerialDetector.HasReuse(input.Served));
    }

    private static List<CertificateProblem> Merge(
        IReadOnlyList<CertificateProblem> fromVerifier, IReadOnlyList<CertificateInfo> path, bool endsAtAnchor,
        PathValidation validation, DateTimeOffset now)
    {
        var all = fromVerifier
            .Concat(CertificatePolicyChecks.Check(path, endsAtAnchor, now))
            .Concat(PathEndProblems(fromVerifier, path, endsAtAnchor))
            .Concat(NameProblems(fromVerifier, path, validation))
            .DistinctBy(p => (p.Kind, p.Index))
            .ToList();
        // A CN-only leaf is a narrower statement than a plain mismatch: keep the narrower one.
        if (all.Any(p => p.Kind == ProblemKind.CommonNameOnly))
        {
            all.RemoveAll(p => p.Kind == ProblemKind.NameMismatch);
        }
        return all.OrderBy(p => p.Index).ThenBy(p => (int)p.Kind).ToList();
    }

    private static IEnumerable<CertificateProblem> PathEndProblems(IReadOnlyList<CertificateProblem> known, IReadOnlyList<CertificateInfo> path, bool endsAtAnchor)
    {
        ProblemKind[] endKinds = [ProblemKind.IssuerNotFound, ProblemKind.UntrustedRoot, ProblemKind.SelfSignedLeaf, ProblemKind.BudgetExceeded];
        if (endsAtAnchor || path.Count == 0 || known.Any(p => endKinds.Contains(p.Kind)))
        {
            yield break;
        }
        var index = path.Count - 1;
        var top = path[index];
        var position = CertificatePolicyChecks.PositionOf(index, path.Count, top, endsAtAnchor);
        if (!top.IsSelfIssued)
        {
            yield return new(ProblemKind.IssuerNotFound, position, index, top, $"issuer '{top.Issuer}' was not sent and is not in the trust store");
        }
        else if (index == 0)
        {
            yield return new(ProblemKind.SelfSignedLeaf, position, 0, top, "the leaf is self-signed and not in the trust store");
        }
        else
        {
            yield return new(ProblemKind.UntrustedRoot, position, index, top, $"root '{top.DisplayName}' is not in the trust store");
        }
    }

    private static IEnumerable<CertificateProblem> NameProblems(IReadOnlyList<CertificateProblem> known, IReadOnlyList<CertificateInfo> path, PathValidation validation)
    {
        var match = validation.NameMatch;
        if (match is null || path.Count == 0 || known.Any(p => p.Kind == ProblemKind.CommonNameOnly))
        {
            yield break;
        }
        var leaf = path[0];
        if (match.MatchedOnlyCommonName || (!match.Matched && IsCommonNameOnly(leaf, match.ExpectedName)))
        {
            yield return new(ProblemKind.CommonNameOnly, CertificatePosition.Leaf, 0, leaf, $"'{match.ExpectedName}' is only in the subject CN; the certificate has no subjectAltName");
        }
        else if (!match.Matched && !known.Any(p => p.Kind == ProblemKind.NameMismatch))
        {
            var names = match.PresentedNames.Count == 0 ? "no names" : string.Join(", ", match.PresentedNames);
            yield return new(ProblemKind.NameMismatch, CertificatePosition.Leaf, 0, leaf, $"valid for {names} — not {match.ExpectedName}");
        }
    }

    public static bool IsCommonNameOnly(CertificateInfo leaf, string expectedName) =>
        leaf.DnsNames.Count == 0 && leaf.IpAddresses.Count == 0 && leaf.SubjectCommonName is { } cn &&
        (cn.Equals(expectedName.TrimEnd('.'), StringComparison.OrdinalIgnoreCase) || WildcardCovers(cn, expectedName));

    private static bool WildcardCovers(string pattern, string name)
    {
        if (!pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            return false;
        }
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && name[(dot + 1)..].Equals(pattern[2..], StringComparison.OrdinalIgnoreCase);
    }
}
