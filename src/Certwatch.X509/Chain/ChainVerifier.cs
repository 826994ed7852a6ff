using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Certwatch's own RFC 5280 path builder and verifier: builds candidate paths from the served
/// certificates and the trust store, checks every certificate, and returns every path tried with its
/// problems — never just the first error. Bounded by <see cref="VerificationPolicy.MaxPathBuildCalls"/>.
/// </summary>
/// <remarks>
/// Pure: the result depends only on the request (no clock, no network, no global cache). Search stops at
/// the first valid path; otherwise every alternative is explored until the budget runs out, and the most
/// useful failure is reported (<see cref="BestPathSelector"/>, <see cref="ProblemRank"/>).
/// </remarks>
public static class ChainVerifier
{
    /// <summary>At most this many paths are kept in <see cref="PathValidation.PathsTried"/> (plus the best one).</summary>
    public const int MaxPathsReported = 32;

    /// <summary>At most this many signatures are verified per call (webpki's budget), so hostile input stays fast.</summary>
    public const int MaxSignatureChecks = 100;

    public static PathValidation Verify(VerificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Served.Count == 0)
        {
            var empty = new CandidatePath([], EndsAtTrustAnchor: false, []);
            return new PathValidation(empty, [empty], NameMatch: null);
        }

        var leaf = request.Served[0];
        try
        {
            return VerifyServed(request, leaf);
        }
        catch (Exception e)
        {
            // Contract: hostile input never throws out of the verifier; an unexpected failure becomes a visible problem.
            var problem = new CertificateProblem(ProblemKind.Malformed, CertificatePosition.Leaf, 0, leaf,
                $"leaf '{leaf.DisplayName}' could not be verified: {e.GetType().Name}: {e.Message}");
            var failed = new CandidatePath([leaf], EndsAtTrustAnchor: false, [problem]);
            return new PathValidation(failed, [failed], NameMatch: null);
        }
    }

    private static PathValidation VerifyServed(VerificationRequest request, CertificateInfo leaf)
    {
        var sources = new IssuerSources(request.Served, request.TrustStore, request.ExtraIssuers);
        var signatures = new SignatureCache(MaxSignatureChecks);
        var checker = new PathChecker(request, sources, signatures);
        var paths = new List<CandidatePath>();
        var builder = new PathBuilder(sources, new SelfSignedDetector(signatures), request.Policy.MaxPathBuildCalls, built =>
        {
            var candidate = new CandidatePath(built.Certificates, built.End == PathEnd.TrustAnchor, checker.Check(built));
            paths.Add(candidate);
            return candidate.IsValid;
        });
        builder.Build(leaf);

        var (nameMatch, nameProblems) = NameCheck.Check(leaf, request.ExpectedName, request.Policy);
        var bestIndex = BestPathSelector.Select(paths);
        var reported = paths.Select(p => WithNameProblems(p, nameProblems)).ToList();
        var best = reported[bestIndex];
        var tried = reported.Take(MaxPathsReported).ToList();
        if (bestIndex >= MaxPathsReported)
        {
            tried.Add(best);
        }

        return new PathValidation(best, tried, nameMatch);
    }

    /// <summary>The leaf is in every path, so its name problems belong to each of them; added after ranking, where they would tie anyway.</summary>
    private static CandidatePath WithNameProblems(CandidatePath path, IReadOnlyList<CertificateProblem> nameProblems) =>
        nameProblems.Count == 0 ? path : path with { Problems = [.. path.Problems, .. nameProblems] };
}
