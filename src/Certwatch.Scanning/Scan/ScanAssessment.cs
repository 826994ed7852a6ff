using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Scan;

/// <summary>The judgement of one address's <see cref="ScanFacts"/>: findings (vulnerabilities and weaknesses), client simulation, grade, Mozilla profiles.</summary>
public sealed record ScanAssessment(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ClientSimulationResult> Clients,
    ScanGrade Grade,
    IReadOnlyList<MozillaProfileCompliance> Mozilla)
{
    /// <summary>The stapled OCSP response checked against the served leaf; null when nothing was stapled or the probe did not complete.</summary>
    public OcspStapleJudgement? OcspStaple { get; init; }
}
