using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;

namespace Certwatch.X509.Verdicts.Profiles;

/// <summary>
/// Go crypto/x509 (verify.go) as used by crypto/tls on Linux. Certificate.Verify checks the leaf's
/// critical extensions and validity first, then the host name, then builds chains (no AIA fetching;
/// SHA-1 signatures never verify), then the EKU. RSA keys of 1024 bits and more are accepted.
/// </summary>
public sealed class GoProfile : ClientProfile
{
    private const string UnknownAuthority = "x509: certificate signed by unknown authority";
    private const int ChainBuilding = 2;
    private static readonly ClientError Unknown = Error("x509.UnknownAuthorityError", UnknownAuthority);

    public override ClientId Id => ClientId.Go;
    public override string Name => "Go";
    public override bool IsBrowser => false;

    // crypto/x509 Verify: no AIA, no CN fallback since Go 1.15, SHA-1 rejected, RSA >= 1024.
    public override ClientVerification Verification { get; } =
        new(FetchesAia: false, UsesPreloadedIntermediates: false, MinimumRsaBits: 1024, RejectSha1: true, RequireSan: true, TrustedFirst: true, RevocationChecking.None);

    // crypto/x509 never checks revocation; only an application-level check can produce this.
    public override ClientError RevokedError { get; } = Error("x509.RevokedCertificate", "certificate revoked (checked by the application; crypto/x509 itself never checks revocation)");

    public override IReadOnlyList<VerdictRule> Rules { get; } =
    [
        VerdictRule.Both(ProblemKind.Malformed, 0, Error("x509: malformed certificate", "tls: failed to parse certificate from server: x509: malformed certificate")),
        VerdictRule.Both(ProblemKind.UnknownCriticalExtension, 0, Error("x509.UnhandledCriticalExtension", "x509: unhandled critical extension")),
        new(ProblemKind.Expired, 0, Error("x509.CertificateInvalidError", "x509: certificate has expired or is not yet valid: current time {now} is after {notAfter}"),
            Error("x509.CertificateInvalidError", "x509: certificate has expired or is not yet valid: current time {now} is after {notAfter}")),
        new(ProblemKind.NotYetValid, 0, Error("x509.CertificateInvalidError", "x509: certificate has expired or is not yet valid: current time {now} is before {notBefore}"),
            Error("x509.CertificateInvalidError", "x509: certificate has expired or is not yet valid: current time {now} is before {notBefore}")),
        VerdictRule.Both(ProblemKind.NameMismatch, 1, Error("x509.HostnameError", "x509: certificate is valid for {names}, not {host}")),
        VerdictRule.Both(ProblemKind.CommonNameOnly, 1, Error("x509.HostnameError", "x509: certificate relies on legacy Common Name field, use SANs instead")),
        VerdictRule.Both(ProblemKind.SelfSignedLeaf, ChainBuilding, Unknown),
        VerdictRule.Both(ProblemKind.UntrustedRoot, ChainBuilding, Unknown),
        VerdictRule.Both(ProblemKind.IssuerNotFound, ChainBuilding, Unknown),
        VerdictRule.Both(ProblemKind.BudgetExceeded, ChainBuilding, Unknown),
        VerdictRule.Both(ProblemKind.BadSignature, ChainBuilding, Hint("crypto/rsa: verification error")),
        VerdictRule.Both(ProblemKind.WeakSignature, ChainBuilding, Hint("x509: cannot verify signature: insecure algorithm SHA1-RSA")),
        VerdictRule.Both(ProblemKind.UnsupportedSignatureAlgorithm, ChainBuilding, Hint("x509: cannot verify signature: algorithm unimplemented")),
        VerdictRule.Both(ProblemKind.IssuerKeyUsageMissingCertSign, ChainBuilding, Hint("x509: invalid signature: parent certificate cannot sign this kind of certificate")),
        VerdictRule.Both(ProblemKind.NotACa, ChainBuilding, Error("x509.CertificateInvalidError", "x509: certificate is not authorized to sign other certificates")),
        VerdictRule.Both(ProblemKind.NameConstraintViolation, ChainBuilding, Error("x509.CertificateInvalidError", "x509: a root or intermediate certificate is not authorized to sign for this name")),
        VerdictRule.Both(ProblemKind.PathLengthExceeded, ChainBuilding, Error("x509.CertificateInvalidError", "x509: too many intermediates for path length constraint")),
        // Go 1.24+ refuses RSA keys under 1024 bits (UNVERIFIED wording).
        VerdictRule.Both(ProblemKind.WeakKey, ChainBuilding, Error("crypto/rsa", "crypto/rsa: {bits}-bit keys are insecure")),
        VerdictRule.Both(ProblemKind.EkuMissingServerAuth, 3, Error("x509.CertificateInvalidError", "x509: certificate specifies an incompatible key usage")),
        // Go ignores the leaf's keyUsage, cA=TRUE on a leaf and the lifetime.
        VerdictRule.Accepted(ProblemKind.LeafKeyUsageIncompatible, 3),
        VerdictRule.Accepted(ProblemKind.CaUsedAsEndEntity, 3),
        VerdictRule.Accepted(ProblemKind.ValidityTooLong, 3),
    ];

    protected override bool Enforces(CertificateProblem problem, ChainDiagnosis diagnosis) => problem.Kind switch
    {
        ProblemKind.WeakKey => KeyStrength.IsBelow(problem.Certificate, KeyStrength.MinimumRsaBits),
        _ => true,
    };

    // Only the leaf's validity is checked before the name; issuers are checked while building chains.
    protected override int PhaseOf(VerdictRule rule, CertificateProblem problem) =>
        problem.Index > 0 && problem.Kind is ProblemKind.Expired or ProblemKind.NotYetValid or ProblemKind.UnknownCriticalExtension
            ? ChainBuilding
            : rule.Phase;

    protected override ClientError Refine(ClientError chosen, CertificateProblem problem, ChainDiagnosis diagnosis) =>
        problem.Kind == ProblemKind.NameMismatch && diagnosis.Leaf is { DnsNames.Count: 0, IpAddresses.Count: 0 }
            ? chosen with { Message = "x509: certificate is not valid for any names, but wanted to match {host}" }
            : chosen;

    private static ClientError Hint(string hint) =>
        Error("x509.UnknownAuthorityError", $"{UnknownAuthority} (possibly because of \"{hint}\" while trying to verify candidate authority certificate \"{{issuer}}\")");

    private static ClientError Error(string code, string message) => new(code, message, false);
}
