namespace Certwatch.X509.Chain;

/// <summary>
/// Picks the path to report (webpki <c>most_specific</c>, extended to whole paths). Order:
/// (1) a valid path; (2) paths that reach a trust anchor; (3) the highest-ranked least specific problem
/// (<see cref="ProblemRank"/>); (4) fewer problems; (5) the earlier path tried — so the choice is deterministic.
/// </summary>
internal static class BestPathSelector
{
    public static int Select(IReadOnlyList<CandidatePath> paths)
    {
        var best = 0;
        for (var i = 1; i < paths.Count; i++)
        {
            if (IsBetter(paths[i], paths[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static bool IsBetter(CandidatePath candidate, CandidatePath current)
    {
        if (candidate.IsValid != current.IsValid)
        {
            return candidate.IsValid;
        }

        if (candidate.EndsAtTrustAnchor != current.EndsAtTrustAnchor)
        {
            return candidate.EndsAtTrustAnchor;
        }

        var candidateFloor = LeastSpecificRank(candidate);
        var currentFloor = LeastSpecificRank(current);
        if (candidateFloor != currentFloor)
        {
            return candidateFloor > currentFloor;
        }

        return candidate.Problems.Count < current.Problems.Count;
    }

    private static int LeastSpecificRank(CandidatePath path) =>
        path.Problems.Count == 0 ? int.MaxValue : path.Problems.Min(p => ProblemRank.Of(p.Kind));
}
