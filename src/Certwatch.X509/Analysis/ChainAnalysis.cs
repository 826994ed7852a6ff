using Certwatch.Core.Findings;
using Certwatch.X509.Chain;
using Certwatch.X509.Verdicts;

namespace Certwatch.X509.Analysis;

/// <summary>The result of analysing one served chain: validation, deployment facts, findings and client verdicts.</summary>
public sealed record ChainAnalysis(
    PathValidation Validation,
    ServedChainFacts Facts,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ClientVerdict> Verdicts)
{
    /// <summary>The network evidence (AIA downloads, revocation answers) the verdicts were judged with.</summary>
    public ClientEvidence Evidence { get; init; } = ClientEvidence.None;
}
