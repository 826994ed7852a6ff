using Certwatch.X509.Model;
using Certwatch.X509.Trust;

namespace Certwatch.X509.Chain;

/// <summary>
/// Input of <see cref="ChainVerifier.Verify"/>: the certificates exactly as served (index 0 is the leaf),
/// where trust comes from, the validation time and the name the client asked for.
/// </summary>
/// <param name="Served">Served certificates in served order; index 0 is the leaf.</param>
/// <param name="TrustStore">Trust anchors.</param>
/// <param name="ValidationTime">The "now" of the verification (<c>--at</c>).</param>
/// <param name="ExpectedName">DNS name or IP literal the certificate must be valid for; null skips the name check.</param>
/// <param name="Policy">Verifier knobs.</param>
public sealed record VerificationRequest(
    IReadOnlyList<CertificateInfo> Served,
    TrustStore TrustStore,
    DateTimeOffset ValidationTime,
    string? ExpectedName,
    VerificationPolicy Policy)
{
    /// <summary>
    /// Untrusted issuer candidates from outside the handshake: intermediates downloaded from AIA caIssuers
    /// URLs (RFC 5280 §4.2.2.1) or a client's preloaded set (Firefox intermediate preloading). Tried after
    /// the served certificates; never trust anchors.
    /// </summary>
    public IReadOnlyList<CertificateInfo> ExtraIssuers { get; init; } = [];
}
