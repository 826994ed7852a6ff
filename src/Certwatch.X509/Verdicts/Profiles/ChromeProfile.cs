using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;

namespace Certwatch.X509.Verdicts.Profiles;

/// <summary>
/// Chrome / Edge with the Chrome Cert Verifier. Phases follow MapCertStatusToNetError's priority
/// (net/cert/cert_status_flags.cc): INVALID → AUTHORITY_INVALID → COMMON_NAME_INVALID →
/// WEAK_SIGNATURE_ALGORITHM → WEAK_KEY → DATE_INVALID → VALIDITY_TOO_LONG. Path errors without an
/// explicit mapping become CERT_STATUS_INVALID (cert_verify_proc_builtin.cc). Fatal per IsCertErrorFatal.
/// </summary>
public sealed class ChromeProfile : ClientProfile
{
    private static readonly ClientError Invalid = Error("NET::ERR_CERT_INVALID", bypassable: false);
    private static readonly ClientError AuthorityInvalid = Error("NET::ERR_CERT_AUTHORITY_INVALID", bypassable: true);
    private static readonly ClientError CommonNameInvalid = Error("NET::ERR_CERT_COMMON_NAME_INVALID", bypassable: true);
    private static readonly ClientError WeakSignature = Error("NET::ERR_CERT_WEAK_SIGNATURE_ALGORITHM", bypassable: true);
    private static readonly ClientError WeakKey = Error("NET::ERR_CERT_WEAK_KEY", bypassable: true);
    private static readonly ClientError DateInvalid = Error("NET::ERR_CERT_DATE_INVALID", bypassable: true);
    private static readonly ClientError ValidityTooLong = Error("NET::ERR_CERT_VALIDITY_TOO_LONG", bypassable: true);

    // The TLS stack rejects a leaf whose keyUsage does not fit the handshake before verification: a network error page.
    private static readonly ClientError KeyUsageIncompatible =
        new("ERR_SSL_KEY_USAGE_INCOMPATIBLE", "This site can't provide a secure connection (ERR_SSL_KEY_USAGE_INCOMPATIBLE)", false);

    public override ClientId Id => ClientId.Chrome;
    public override string Name => "Chrome / Edge";
    public override bool IsBrowser => true;

    // cert_verify_proc_builtin.cc: AIA issuer source; WEAK_KEY only under 1024 bits; SHA-1 rejected; no CN fallback (VerifyHostname).
    public override ClientVerification Verification { get; } =
        new(FetchesAia: true, UsesPreloadedIntermediates: false, MinimumRsaBits: 1024, RejectSha1: true, RequireSan: true, TrustedFirst: true, RevocationChecking.PushedList);

    // ERR_CERT_REVOKED (-206) is fatal (IsCertErrorFatal): no click-through.
    public override ClientError RevokedError { get; } = Error("NET::ERR_CERT_REVOKED", bypassable: false);

    public override IReadOnlyList<VerdictRule> Rules { get; } =
    [
        VerdictRule.Both(ProblemKind.LeafKeyUsageIncompatible, 0, KeyUsageIncompatible),
        VerdictRule.Both(ProblemKind.NotACa, 1, Invalid),
        VerdictRule.Both(ProblemKind.PathLengthExceeded, 1, Invalid),
        VerdictRule.Both(ProblemKind.IssuerKeyUsageMissingCertSign, 1, Invalid),
        VerdictRule.Both(ProblemKind.EkuMissingServerAuth, 1, Invalid),
        VerdictRule.Both(ProblemKind.UnknownCriticalExtension, 1, Invalid),
        // cert_verify_proc_builtin.cc: NAME_CONSTRAINT_VIOLATION maps to CERT_STATUS_INVALID (fatal).
        VerdictRule.Both(ProblemKind.NameConstraintViolation, 1, Invalid),
        VerdictRule.Both(ProblemKind.UnsupportedSignatureAlgorithm, 1, Invalid),
        VerdictRule.Both(ProblemKind.CaUsedAsEndEntity, 1, Invalid),
        VerdictRule.Both(ProblemKind.Malformed, 1, Invalid),
        VerdictRule.Both(ProblemKind.SelfSignedLeaf, 2, AuthorityInvalid),
        VerdictRule.Both(ProblemKind.UntrustedRoot, 2, AuthorityInvalid),
        VerdictRule.Both(ProblemKind.IssuerNotFound, 2, AuthorityInvalid),
        VerdictRule.Both(ProblemKind.BadSignature, 2, AuthorityInvalid),
        VerdictRule.Both(ProblemKind.BudgetExceeded, 2, AuthorityInvalid),
        VerdictRule.Both(ProblemKind.NameMismatch, 3, CommonNameInvalid),
        VerdictRule.Both(ProblemKind.CommonNameOnly, 3, CommonNameInvalid),
        VerdictRule.Both(ProblemKind.WeakSignature, 4, WeakSignature),
        VerdictRule.Both(ProblemKind.WeakKey, 5, WeakKey),
        VerdictRule.Both(ProblemKind.Expired, 6, DateInvalid),
        VerdictRule.Both(ProblemKind.NotYetValid, 6, DateInvalid),
        VerdictRule.Both(ProblemKind.ValidityTooLong, 7, ValidityTooLong),
    ];

    protected override bool Enforces(CertificateProblem problem, ChainDiagnosis diagnosis) => problem.Kind switch
    {
        // cert_verify_proc.cc: only RSA/DSA under 1024 bits is WEAK_KEY.
        ProblemKind.WeakKey => KeyStrength.IsBelow(problem.Certificate, KeyStrength.MinimumRsaBits),
        // CertIssuerSourceAia: the missing issuer is downloaded from the AIA CA Issuers URL; when this run
        // fetched, the path already holds the download (or the fetch failed and the error stands).
        ProblemKind.IssuerNotFound => !AssumedFetchable(problem, diagnosis),
        // trust_store_chrome.cc: Chrome Root Store anchors have no expiry enforcement; local anchors do.
        ProblemKind.Expired or ProblemKind.NotYetValid => !(diagnosis.AnchorsArePublic && IsAnchorAt(problem, diagnosis)),
        // HasTooLongValidity applies only to chains to known (public) roots.
        ProblemKind.ValidityTooLong => ValidityLimits.RejectedByChrome(problem.Certificate, diagnosis.AnchorsArePublic),
        _ => true,
    };

    protected override IEnumerable<string> Notes(ChainDiagnosis diagnosis) => AiaNotes(diagnosis);

    private static ClientError Error(string code, bool bypassable) => new(code, $"Your connection is not private ({code})", bypassable);
}
