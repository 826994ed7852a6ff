using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;

namespace Certwatch.X509.Verdicts;

/// <summary>
/// One client's behaviour as data: a table from <see cref="ProblemKind"/> to the error it shows, plus the
/// few decisions a table cannot hold (which problems it enforces, which is reported first).
/// Source of truth: ../shared/reference/client-errors.md.
/// </summary>
public abstract class ClientProfile
{
    public const string HstsReason = "HSTS host: no click-through (RFC 6797 §12.1).";

    public abstract ClientId Id { get; }
    public abstract string Name { get; }

    /// <summary>Browsers show an interstitial that can be clicked through; HSTS removes that (RFC 6797 §12.1).</summary>
    public abstract bool IsBrowser { get; }

    /// <summary>The mapping table, one row per <see cref="ProblemKind"/>.</summary>
    public abstract IReadOnlyList<VerdictRule> Rules { get; }

    /// <summary>How this client builds and checks the path; Certwatch's verifier is run with it per client.</summary>
    public abstract ClientVerification Verification { get; }

    /// <summary>What this client shows for a revoked certificate when it knows about the revocation.</summary>
    public abstract ClientError RevokedError { get; }

    public ClientVerdict Judge(ChainDiagnosis diagnosis)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        return RevocationJudgement.Apply(this, JudgePath(diagnosis), diagnosis);
    }

    private ClientVerdict JudgePath(ChainDiagnosis diagnosis)
    {
        if (Preempt(diagnosis) is { } preempted)
        {
            return Verdict(preempted, null, diagnosis);
        }
        if (diagnosis.Leaf is null)
        {
            return Verdict(RuleFor(ProblemKind.Malformed).OnLeaf!, null, diagnosis);
        }
        var first = Candidates(diagnosis).FirstOrDefault();
        return first.Error is null
            ? new ClientVerdict(Id, Name, true, null, "OK", false, Join(Tolerated(diagnosis).Concat(Notes(diagnosis)))) { Summary = AssumedAiaSummary(diagnosis) ?? Notes(diagnosis).FirstOrDefault()?.TrimEnd('.') }
            : Verdict(Refine(first.Error, first.Problem, diagnosis), first.Problem, diagnosis);
    }

    // Problems Certwatch sees that this client lets through, so an "OK" is not mistaken for "nothing wrong".
    private IEnumerable<string> Tolerated(ChainDiagnosis diagnosis) =>
        diagnosis.Problems
            .Where(p => p.Kind != ProblemKind.IssuerNotFound)
            .Select(p => $"Accepted by {Name} although {p.Message}.");

    public VerdictRule RuleFor(ProblemKind kind) => Rules.First(r => r.Kind == kind);

    /// <summary>Whether this client checks this problem at all (key-size thresholds, AIA fetching, public-root-only rules).</summary>
    protected virtual bool Enforces(CertificateProblem problem, ChainDiagnosis diagnosis) => true;

    /// <summary>Problems only this client sees (Apple's EKU-required rule).</summary>
    protected virtual IEnumerable<CertificateProblem> ExtraProblems(ChainDiagnosis diagnosis) => [];

    protected virtual int PhaseOf(VerdictRule rule, CertificateProblem problem) => rule.Phase;

    protected virtual int DepthOrder(CertificateProblem problem) => problem.Index;

    /// <summary>An error that wins before path validation (Firefox's reused issuer/serial).</summary>
    protected virtual ClientError? Preempt(ChainDiagnosis diagnosis) => null;

    /// <summary>Adjusts the chosen error (Firefox checks the name first for time errors; curl's CN wording).</summary>
    protected virtual ClientError Refine(ClientError chosen, CertificateProblem problem, ChainDiagnosis diagnosis) => chosen;

    /// <summary>What the error page says on an HSTS host, where it offers no way through.</summary>
    protected virtual string HstsMessage(ClientError error) => error.Message;

    /// <summary>Context for the reason, whether or not the client fails (AIA fetch, accepted weak key…).</summary>
    protected virtual IEnumerable<string> Notes(ChainDiagnosis diagnosis) => [];

    protected static bool IsAnchorAt(CertificateProblem problem, ChainDiagnosis diagnosis) =>
        problem.Index > 0 && problem.Index == diagnosis.Path.Count - 1 && diagnosis.EndsAtTrustAnchor;

    /// <summary>
    /// AIA context for clients that fetch (Chrome CertIssuerSourceAia, Apple SecTrust): which download
    /// completed the path, which failed, or — when this run does no network fetching — the assumption made.
    /// </summary>
    protected IEnumerable<string> AiaNotes(ChainDiagnosis diagnosis)
    {
        var evidence = diagnosis.Evidence;
        if (!evidence.AiaFetchingEnabled)
        {
            if (AiaCompletable(diagnosis) is { } certificate)
            {
                // "Chrome / Edge" → "Chrome": the sentence reads as the client's own behaviour.
                yield return $"{Name.Split(' ')[0]} completes the chain via AIA (fetches {certificate.CaIssuersUrls[0]}) — assumed: network fetching is off for this run.";
            }

            yield break;
        }

        foreach (var fetch in diagnosis.Path.Skip(1).Select(evidence.FetchOf).OfType<AiaFetchResult>().DistinctBy(f => f.Url))
        {
            yield return $"completed the chain via AIA from {fetch.Url}";
        }

        foreach (var failed in evidence.AiaFetches.Where(f => !f.Succeeded))
        {
            yield return $"AIA fetch of {failed.Url} failed: {failed.Error ?? "no certificate in the response"}";
        }
    }

    /// <summary>A missing issuer this client would fetch, in a run that does not fetch: predicted OK by assumption.</summary>
    protected static bool AssumedFetchable(CertificateProblem problem, ChainDiagnosis diagnosis) =>
        !diagnosis.Evidence.AiaFetchingEnabled && problem.Certificate.CaIssuersUrls.Count > 0;

    protected static CertificateInfo? AiaCompletable(ChainDiagnosis diagnosis) =>
        diagnosis.Of(ProblemKind.IssuerNotFound).Select(p => p.Certificate).FirstOrDefault(c => c.CaIssuersUrls.Count > 0);

    private IEnumerable<(CertificateProblem Problem, ClientError? Error)> Candidates(ChainDiagnosis diagnosis) =>
        from problem in diagnosis.Problems.Concat(ExtraProblems(diagnosis))
        where Enforces(problem, diagnosis)
        let index = IndexOf(problem.Kind)
        let rule = Rules[index]
        let error = problem.Index == 0 ? rule.OnLeaf : rule.OnIssuer
        where error is not null
        orderby PhaseOf(rule, problem), DepthOrder(problem), index
        select (problem, (ClientError?)error);

    private int IndexOf(ProblemKind kind)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].Kind == kind)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"{Name} has no rule for {kind}");
    }

    private ClientVerdict Verdict(ClientError error, CertificateProblem? problem, ChainDiagnosis diagnosis)
    {
        var hsts = IsBrowser && diagnosis.HstsObserved;
        var reasons = new List<string>();
        if (problem is not null)
        {
            // The verifier's messages usually name the certificate already; do not say it twice.
            reasons.Add(problem.Message.Contains(problem.Certificate.DisplayName, StringComparison.Ordinal)
                ? $"{problem.Message}."
                : $"{Describe(problem)}: {problem.Message}.");
        }
        if (error.Note is not null)
        {
            reasons.Add(MessageTemplate.Fill(error.Note, problem, diagnosis));
        }
        reasons.AddRange(Notes(diagnosis));
        if (hsts)
        {
            reasons.Add(HstsReason);
        }
        var message = hsts ? HstsMessage(error) : error.Message;
        return new ClientVerdict(Id, Name, false, error.Code, MessageTemplate.Fill(message, problem, diagnosis),
            error.Bypassable && !hsts, Join(reasons))
        { Summary = problem is null ? error.Note : ShortReason(problem) + FailedFetchSuffix(problem, diagnosis) };
    }

    private string? AssumedAiaSummary(ChainDiagnosis diagnosis) =>
        Verification.FetchesAia && !diagnosis.Evidence.AiaFetchingEnabled && AiaCompletable(diagnosis) is { } certificate
            ? $"assumed to complete the chain via AIA from {certificate.CaIssuersUrls[0]}: no fetching in this run"
            : null;

    // Chrome and Safari did try: say why the download did not help.
    private string FailedFetchSuffix(CertificateProblem problem, ChainDiagnosis diagnosis) =>
        problem.Kind == ProblemKind.IssuerNotFound && Verification.FetchesAia &&
        diagnosis.Evidence.AiaFetches.FirstOrDefault(f => !f.Succeeded) is { } failed
            ? $"; AIA fetch of {failed.Url} failed: {failed.Error}"
            : "";

    /// <summary>The reason in a few words for the outcome line ("intermediate 'R11' not sent").</summary>
    private static string ShortReason(CertificateProblem problem) => problem.Kind switch
    {
        ProblemKind.IssuerNotFound when problem.Index == 0 || problem.Certificate.IssuerCommonName is not null =>
            $"intermediate '{problem.Certificate.IssuerCommonName ?? problem.Certificate.Issuer}' not sent",
        ProblemKind.CommonNameOnly => "name only in the subject CN, no subjectAltName",
        _ => problem.Message.Contains(problem.Certificate.DisplayName, StringComparison.Ordinal) ? problem.Message : $"{Describe(problem)}: {problem.Message}",
    };

    private static string Describe(CertificateProblem problem) => problem.Position switch
    {
        CertificatePosition.Leaf => $"leaf '{problem.Certificate.DisplayName}'",
        CertificatePosition.Root => $"root '{problem.Certificate.DisplayName}'",
        _ => $"intermediate '{problem.Certificate.DisplayName}'",
    };

    private static string? Join(IEnumerable<string> parts)
    {
        var text = string.Join(" ", parts);
        return text.Length == 0 ? null : text;
    }
}
