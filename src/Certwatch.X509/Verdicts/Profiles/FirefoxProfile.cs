using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;

namespace Certwatch.X509.Verdicts.Profiles;

/// <summary>
/// Firefox (NSS + mozilla::pkix + PSM). mozilla::pkix walks the path from the leaf up and reports the
/// first failing certificate; per certificate the order follows CheckIssuerIndependentProperties
/// (pkixcheck.cpp), then issuer lookup. Leaf time errors are reported after the chain, and then the
/// host name is checked first (CertVerifier::VerifySSLServerCert). Overridable per ErrorIsOverridable.
/// </summary>
public sealed class FirefoxProfile : ClientProfile
{
    private const string PreloadNote = "Firefox fails unless the intermediate is in Firefox's preloaded set (CCADB-disclosed intermediates, Firefox 75+) or already cached.";
    private static readonly ClientError UnknownIssuer = Error("SEC_ERROR_UNKNOWN_ISSUER", true);
    private static readonly ClientError AlgorithmDisabled = Error("SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED", true);
    private static readonly ClientError KeyUsage = Error("SEC_ERROR_INADEQUATE_KEY_USAGE", false);
    private static readonly ClientError BadDomain = Error("SSL_ERROR_BAD_CERT_DOMAIN", true);

    public override ClientId Id => ClientId.Firefox;
    public override string Name => "Firefox";
    public override bool IsBrowser => true;

    // No AIA fetching; NSSCertDBTrustDomain::FindIssuer also looks in the preloaded intermediates (cert_storage).
    // MIN_RSA_BITS_WEAK = 1024 for the path search; the 2048 rule for built-in roots is in Enforces.
    public override ClientVerification Verification { get; } =
        new(FetchesAia: false, UsesPreloadedIntermediates: true, MinimumRsaBits: 1024, RejectSha1: true, RequireSan: true, TrustedFirst: true, RevocationChecking.CrliteAndStaple);

    // SEC_ERROR_REVOKED_CERTIFICATE (-8180) is not overridable (ErrorIsOverridable).
    public override ClientError RevokedError { get; } = Error("SEC_ERROR_REVOKED_CERTIFICATE", false);

    // Phase 0 is the path walk (ordered by depth, then by row); 1 the deferred leaf time errors; 2 the name.
    public override IReadOnlyList<VerdictRule> Rules { get; } =
    [
        VerdictRule.Both(ProblemKind.Malformed, 0, Error("SEC_ERROR_BAD_DER", false)),
        VerdictRule.Both(ProblemKind.WeakSignature, 0, AlgorithmDisabled),
        VerdictRule.Both(ProblemKind.UnsupportedSignatureAlgorithm, 0, AlgorithmDisabled),
        VerdictRule.Both(ProblemKind.WeakKey, 0, Error("MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE", true)),
        VerdictRule.Both(ProblemKind.LeafKeyUsageIncompatible, 0, KeyUsage),
        VerdictRule.Both(ProblemKind.IssuerKeyUsageMissingCertSign, 0, KeyUsage),
        VerdictRule.Both(ProblemKind.NotACa, 0, Error("SEC_ERROR_CA_CERT_INVALID", true)),
        VerdictRule.Both(ProblemKind.PathLengthExceeded, 0, Error("SEC_ERROR_PATH_LEN_CONSTRAINT_INVALID", false)),
        VerdictRule.Both(ProblemKind.CaUsedAsEndEntity, 0, Error("MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY", true)),
        VerdictRule.Both(ProblemKind.EkuMissingServerAuth, 0, Error("SEC_ERROR_INADEQUATE_CERT_TYPE", false)),
        VerdictRule.Both(ProblemKind.UnknownCriticalExtension, 0, Error("SEC_ERROR_UNKNOWN_CRITICAL_EXTENSION", false)),
        VerdictRule.Both(ProblemKind.NameConstraintViolation, 0, Error("SEC_ERROR_CERT_NOT_IN_NAME_SPACE", false)),
        new(ProblemKind.Expired, 0, Error("SEC_ERROR_EXPIRED_CERTIFICATE", true), Error("SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE", true)),
        new(ProblemKind.NotYetValid, 0, Error("MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE", true), Error("MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE", true)),
        VerdictRule.Both(ProblemKind.BadSignature, 0, Error("SEC_ERROR_BAD_SIGNATURE", false)),
        VerdictRule.Both(ProblemKind.SelfSignedLeaf, 0, Error("MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT", true)),
        VerdictRule.Both(ProblemKind.IssuerNotFound, 0, UnknownIssuer with { Note = PreloadNote }),
        VerdictRule.Both(ProblemKind.UntrustedRoot, 0, UnknownIssuer),
        VerdictRule.Both(ProblemKind.BudgetExceeded, 0, UnknownIssuer),
        VerdictRule.Both(ProblemKind.NameMismatch, 2, BadDomain),
        VerdictRule.Both(ProblemKind.CommonNameOnly, 2, BadDomain),
        // CheckValidityIsAcceptable limits only EV lifetimes; DV falls back silently.
        VerdictRule.Accepted(ProblemKind.ValidityTooLong, 3),
    ];

    protected override bool Enforces(CertificateProblem problem, ChainDiagnosis diagnosis) => problem.Kind switch
    {
        // CertVerifier::VerifyCert: 2048 bits with built-in roots, 1024 otherwise.
        ProblemKind.WeakKey => KeyStrength.IsBelow(problem.Certificate, diagnosis.AnchorsArePublic ? KeyStrength.RecommendedRsaBits : KeyStrength.MinimumRsaBits),
        _ => true,
    };

    protected override IEnumerable<string> Notes(ChainDiagnosis diagnosis)
    {
        foreach (var certificate in diagnosis.Path.Skip(1).Where(c => !diagnosis.Served.Any(s => s.Sha256Fingerprint == c.Sha256Fingerprint)))
        {
            if (diagnosis.Evidence.PreloadedIntermediates.Any(p => p.Sha256Fingerprint == certificate.Sha256Fingerprint))
            {
                yield return $"completed the chain with the preloaded intermediate '{certificate.DisplayName}'";
            }
        }
    }

    protected override int PhaseOf(VerdictRule rule, CertificateProblem problem) =>
        problem.Index == 0 && problem.Kind is ProblemKind.Expired or ProblemKind.NotYetValid ? 1 : rule.Phase;

    // NSS decodes every served certificate with CERT_NewTempCertificate before path validation (client-errors.md §3).
    protected override ClientError? Preempt(ChainDiagnosis diagnosis) =>
        diagnosis.ReusedIssuerSerial
            ? Error("SEC_ERROR_REUSED_ISSUER_AND_SERIAL", false) with { Note = "Two different served certificates share issuer and serial number." }
            : null;

    protected override ClientError Refine(ClientError chosen, CertificateProblem problem, ChainDiagnosis diagnosis) =>
        problem.Index == 0 && problem.Kind is ProblemKind.Expired or ProblemKind.NotYetValid &&
        (diagnosis.Has(ProblemKind.NameMismatch) || diagnosis.Has(ProblemKind.CommonNameOnly))
            ? BadDomain with { Note = "Firefox checks the host name first when the leaf has a time error." }
            : chosen;

    // The HSTS variant of the page has no "Accept the Risk" button and a different title.
    protected override string HstsMessage(ClientError error) => $"Did Not Connect: Potential Security Issue (Error code: {error.Code})";

    private static ClientError Error(string code, bool bypassable) =>
        new(code, bypassable ? $"Warning: Potential Security Risk Ahead (Error code: {code})" : $"Secure Connection Failed (Error code: {code})", bypassable);
}
