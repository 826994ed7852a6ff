using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Revocation;

namespace Certwatch.X509.Verdicts;

/// <summary>
/// What the network said about a chain, gathered before the pure analysis: AIA downloads, the preloaded
/// intermediates, and revocation answers. Each client profile uses the parts its real counterpart uses.
/// </summary>
/// <param name="AiaFetchingEnabled">Network fetching was allowed for this run; when false, AIA clients are predicted by assumption.</param>
/// <param name="AiaFetches">Every caIssuers download made for this chain.</param>
/// <param name="PreloadedIntermediates">The Firefox-style preloaded set (the intermediates Certwatch has seen).</param>
/// <param name="Revocation">OCSP, CRL and staple answers for the certificates of the path.</param>
/// <param name="StrictUsesAia"><c>check --aia</c>: Certwatch's own strict analysis also uses the downloads.</param>
public sealed record ClientEvidence(
    bool AiaFetchingEnabled,
    IReadOnlyList<AiaFetchResult> AiaFetches,
    IReadOnlyList<CertificateInfo> PreloadedIntermediates,
    IReadOnlyList<RevocationCheck> Revocation,
    bool StrictUsesAia)
{
    public static ClientEvidence None { get; } = new(false, [], [], [], false);

    public IEnumerable<CertificateInfo> Downloaded => AiaFetches.SelectMany(f => f.Certificates);

    /// <summary>The download that supplied <paramref name="certificate"/>, if any.</summary>
    public AiaFetchResult? FetchOf(CertificateInfo certificate) =>
        AiaFetches.FirstOrDefault(f => f.Certificates.Any(c => c.Sha256Fingerprint == certificate.Sha256Fingerprint));
}
