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

    public ClientVerdict Judge(ChainDiagnosis diagnosis)
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
            ? new ClientVerdict(Id, Name, true, null, "OK", false, Join(Tolerated(diagnosis).Concat(Notes(diagnosis))))
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
            error.Bypassable && !hsts, Join(reasons));
    }

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
