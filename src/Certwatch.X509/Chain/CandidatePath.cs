using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>One path the builder tried: leaf first, and whether it ends at a trust anchor, with that path's problems.</summary>
public sealed record CandidatePath(IReadOnlyList<CertificateInfo> Certificates, bool EndsAtTrustAnchor, IReadOnlyList<CertificateProblem> Problems)
{
    public bool IsValid => EndsAtTrustAnchor && Problems.Count == 0;
}
