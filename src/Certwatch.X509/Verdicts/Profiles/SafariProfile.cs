using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;

namespace Certwatch.X509.Verdicts.Profiles;

/// <summary>
/// Safari and every Apple app (SecTrust). NSURLError codes from Foundation; requirements from Apple
/// HT210176 (SAN required, RSA ≥ 2048 for leaf and issuing CAs, SHA-2, EKU serverAuth and ≤ 825 days for
/// certificates issued after 2019-07-01) and HT211025 (≤ 398 days from 2020-09-01, preinstalled roots).
/// SecTrust fetches missing intermediates over AIA for the SSL policy. Safari's page shows no code.
/// </summary>
public sealed class SafariProfile : ClientProfile
{
    private static readonly ClientError Untrusted = Error("NSURLErrorServerCertificateUntrusted (-1202)");
    private static readonly ClientError UnknownRoot = Error("NSURLErrorServerCertificateHasUnknownRoot (-1203)");

    public override ClientId Id => ClientId.Safari;
    public override string Name => "Safari";
    public override bool IsBrowser => true;

    // SecTrust with the SSL policy: network fetch of missing certificates on; RSA >= 2048 everywhere (HT210176); SAN required (iOS 13).
    public override ClientVerification Verification { get; } =
        new(FetchesAia: true, UsesPreloadedIntermediates: false, MinimumRsaBits: 2048, RejectSha1: true, RequireSan: true, TrustedFirst: true, RevocationChecking.PlatformService);

    public override ClientError RevokedError { get; } =
        new("NSURLErrorServerCertificateUntrusted (-1202)", "This Connection Is Not Private — the certificate for “{host}” has been revoked", false);

    public override IReadOnlyList<VerdictRule> Rules { get; } =
    [
        VerdictRule.Both(ProblemKind.SelfSignedLeaf, 0, UnknownRoot),
        VerdictRule.Both(ProblemKind.UntrustedRoot, 0, UnknownRoot),
        VerdictRule.Both(ProblemKind.IssuerNotFound, 0, Untrusted),
        VerdictRule.Both(ProblemKind.BadSignature, 0, Untrusted),
        VerdictRule.Both(ProblemKind.BudgetExceeded, 0, Untrusted),
        VerdictRule.Both(ProblemKind.Malformed, 0, Untrusted),
        VerdictRule.Both(ProblemKind.NotACa, 1, Untrusted),
        VerdictRule.Both(ProblemKind.PathLengthExceeded, 1, Untrusted),
        VerdictRule.Both(ProblemKind.IssuerKeyUsageMissingCertSign, 1, Untrusted),
        VerdictRule.Both(ProblemKind.UnknownCriticalExtension, 1, Untrusted),
        VerdictRule.Both(ProblemKind.NameConstraintViolation, 1, Untrusted),
        VerdictRule.Both(ProblemKind.UnsupportedSignatureAlgorithm, 1, Untrusted),
        VerdictRule.Both(ProblemKind.WeakSignature, 1, Untrusted),
        VerdictRule.Both(ProblemKind.WeakKey, 1, Untrusted),
        VerdictRule.Both(ProblemKind.EkuMissingServerAuth, 1, Untrusted),
        VerdictRule.Both(ProblemKind.LeafKeyUsageIncompatible, 1, Untrusted),
        VerdictRule.Both(ProblemKind.ValidityTooLong, 1, Untrusted),
        VerdictRule.Both(ProblemKind.NameMismatch, 1, Untrusted),
        VerdictRule.Both(ProblemKind.CommonNameOnly, 1, Untrusted),
        // Not covered by Apple's published requirements (UNVERIFIED): assumed accepted.
        VerdictRule.Accepted(ProblemKind.CaUsedAsEndEntity, 1),
        VerdictRule.Both(ProblemKind.Expired, 2, Error("NSURLErrorServerCertificateHasBadDate (-1201)")),
        VerdictRule.Both(ProblemKind.NotYetValid, 2, Error("NSURLErrorServerCertificateNotYetValid (-1204)")),
    ];

    protected override bool Enforces(CertificateProblem problem, ChainDiagnosis diagnosis) => problem.Kind switch
    {
        ProblemKind.WeakKey => problem.Position != CertificatePosition.Root,
        ProblemKind.IssuerNotFound => !AssumedFetchable(problem, diagnosis),
        ProblemKind.ValidityTooLong => ValidityLimits.RejectedBySafari(problem.Certificate, diagnosis.AnchorsArePublic),
        _ => true,
    };

    // HT210176: certificates issued after 2019-07-01 must carry an EKU with serverAuth; an absent EKU fails too.
    protected override IEnumerable<CertificateProblem> ExtraProblems(ChainDiagnosis diagnosis)
    {
        if (diagnosis.Leaf is { ExtendedKeyUsage: null } leaf && leaf.NotBefore > ValidityLimits.EightTwentyFiveDaysAfter &&
            !diagnosis.Has(ProblemKind.EkuMissingServerAuth))
        {
            yield return new CertificateProblem(ProblemKind.EkuMissingServerAuth, CertificatePosition.Leaf, 0, leaf,
                "no extendedKeyUsage; Apple requires serverAuth for certificates issued after 2019-07-01");
        }
    }

    protected override IEnumerable<string> Notes(ChainDiagnosis diagnosis) => AiaNotes(diagnosis);

    private static ClientError Error(string code) =>
        new(code, "This Connection Is Not Private — this website may be impersonating “{host}”", true);
}
