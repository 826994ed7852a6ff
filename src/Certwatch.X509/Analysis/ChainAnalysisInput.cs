using Certwatch.Core.Findings;
using Certwatch.X509.Model;
using Certwatch.X509.Trust;

namespace Certwatch.X509.Analysis;

/// <summary>
/// Everything the pure chain analysis needs: what one address served, trust, time and policy.
/// </summary>
/// <param name="Served">Parsed served certificates in served order (index 0 = leaf).</param>
/// <param name="UnparsableCertificates">Served entries that could not be decoded, with the reason (position → error).</param>
/// <param name="TrustStore">Trust anchors.</param>
/// <param name="ValidationTime">The "now" (<c>--at</c>).</param>
/// <param name="ExpectedName">The name the client asked for (SNI name or IP literal).</param>
/// <param name="Expiry">Expiry thresholds.</param>
/// <param name="HstsObserved">The host sent a valid Strict-Transport-Security header on this connection: every error is non-bypassable.</param>
/// <param name="Address">The IP address these certificates came from, stamped on findings.</param>
public sealed record ChainAnalysisInput(
    IReadOnlyList<CertificateInfo> Served,
    IReadOnlyList<string> UnparsableCertificates,
    TrustStore TrustStore,
    DateTimeOffset ValidationTime,
    string ExpectedName,
    ExpiryPolicy Expiry,
    bool HstsObserved,
    string? Address)
{
    /// <summary>
    /// Whether the anchors are publicly trusted (a browser root program). Public-only rules (Chrome's and
    /// Safari's 398-day limit, Firefox's 2048-bit minimum, Chrome not enforcing root expiry) depend on it.
    /// Null derives it from the trust store: "system…" stores are public, a <c>--ca-file</c> is private.
    /// </summary>
    public bool? AnchorsArePublic { get; init; }

    /// <summary>AIA downloads, preloaded intermediates and revocation answers gathered by the scanner (none by default).</summary>
    public Verdicts.ClientEvidence Evidence { get; init; } = Verdicts.ClientEvidence.None;

    // TrustStore names system stores "system: <path>" or "system (SSL_CERT_FILE): <path>"; a --ca-file store is named by its path.
    public bool AnchorsArePublicResolved =>
        AnchorsArePublic ?? (TrustStore.Name.StartsWith("system:", StringComparison.Ordinal) ||
                             TrustStore.Name.StartsWith(Trust.TrustStore.BundlePrefix, StringComparison.Ordinal) ||
                             TrustStore.Name.StartsWith("system (", StringComparison.Ordinal));
}
