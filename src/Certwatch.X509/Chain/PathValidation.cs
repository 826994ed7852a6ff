using Certwatch.X509.Model;
using Certwatch.X509.Names;

namespace Certwatch.X509.Chain;

/// <summary>
/// Output of <see cref="ChainVerifier.Verify"/>: the best path (a valid one if any exists, else the
/// one with the most specific failure, webpki-style ranking), its problems, and every path tried.
/// </summary>
public sealed record PathValidation(
    CandidatePath Best,
    IReadOnlyList<CandidatePath> PathsTried,
    NameMatch? NameMatch)
{
    public bool IsValid => Best.IsValid && (NameMatch?.Matched ?? true);
    public IReadOnlyList<CertificateInfo> Path => Best.Certificates;
    public IReadOnlyList<CertificateProblem> Problems => Best.Problems;
}
