using Certwatch.X509.Chain;

namespace Certwatch.X509.Verdicts;

/// <summary>
/// How one client builds and checks a path — the knobs Certwatch's verifier is run with for that client
/// (client-errors.md §1–2), so each client's outcome comes from its own validation.
/// </summary>
/// <param name="FetchesAia">Downloads missing intermediates from AIA caIssuers (Chrome CertIssuerSourceAia, Apple SecTrust).</param>
/// <param name="UsesPreloadedIntermediates">Looks issuers up in a preloaded intermediate set (Firefox intermediate preloading, Fx 75+).</param>
/// <param name="MinimumRsaBits">The smallest RSA key the client accepts anywhere on the path.</param>
/// <param name="RejectSha1">SHA-1 signatures below the anchor fail.</param>
/// <param name="RequireSan">No subject-CN fallback for the host name.</param>
/// <param name="TrustedFirst">Prefers a trust-store issuer over a served one (OpenSSL X509_V_FLAG_TRUSTED_FIRST, default since 1.1.0).</param>
/// <param name="Revocation">Where the client's revocation knowledge comes from by default.</param>
public sealed record ClientVerification(
    bool FetchesAia,
    bool UsesPreloadedIntermediates,
    int MinimumRsaBits,
    bool RejectSha1,
    bool RequireSan,
    bool TrustedFirst,
    RevocationChecking Revocation)
{
    /// <summary>The verifier policy for this client (path search and its problems; the verdict table decides what is enforced).</summary>
    public VerificationPolicy ToPolicy() =>
        VerificationPolicy.Strict with { MinimumRsaBits = MinimumRsaBits, RejectSha1 = RejectSha1, RequireSan = RequireSan };
}
