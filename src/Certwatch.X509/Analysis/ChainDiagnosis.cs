using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Names;

namespace Certwatch.X509.Analysis;

/// <summary>
/// The normalised view of one served chain that findings and client verdicts are derived from: the
/// verifier's problems merged with Certwatch's own policy checks (so every condition appears exactly once
/// per certificate), the deployment facts, and the context a client's decision depends on.
/// </summary>
/// <param name="Served">Served certificates in served order.</param>
/// <param name="Path">The best path (leaf first).</param>
/// <param name="EndsAtTrustAnchor">The path reaches an anchor of the trust store.</param>
/// <param name="Problems">Every problem of the best path, de-duplicated by (kind, index), leaf first.</param>
/// <param name="NameMatch">The name check of the leaf, when a name was asked for.</param>
/// <param name="Facts">Deployment facts of the served chain.</param>
/// <param name="ExpectedName">The name the client asked for.</param>
/// <param name="ValidationTime">The "now".</param>
/// <param name="AnchorsArePublic">The anchors belong to a public root program.</param>
/// <param name="HstsObserved">The host sent HSTS: browsers allow no click-through.</param>
/// <param name="ReusedIssuerSerial">Two different served certificates share issuer DN and serial.</param>
public sealed record ChainDiagnosis(
    IReadOnlyList<CertificateInfo> Served,
    IReadOnlyList<CertificateInfo> Path,
    bool EndsAtTrustAnchor,
    IReadOnlyList<CertificateProblem> Problems,
    NameMatch? NameMatch,
    ServedChainFacts Facts,
    string ExpectedName,
    DateTimeOffset ValidationTime,
    bool AnchorsArePublic,
    bool HstsObserved,
    bool ReusedIssuerSerial)
{
    /// <summary>Network evidence (AIA downloads, preloaded intermediates, revocation) the client profiles judge with.</summary>
    public Verdicts.ClientEvidence Evidence { get; init; } = Verdicts.ClientEvidence.None;

    public CertificateInfo? Leaf => Path.Count > 0 ? Path[0] : Served.Count > 0 ? Served[0] : null;

    public bool Has(ProblemKind kind) => Problems.Any(p => p.Kind == kind);

    public IEnumerable<CertificateProblem> Of(ProblemKind kind) => Problems.Where(p => p.Kind == kind);
}
