using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;

namespace Certwatch.X509.Verdicts.Profiles;

/// <summary>
/// Java (JSSE with the PKIX trust manager). The path builder fails first for anything that stops a path
/// to a trusted anchor, then PKIX validation (validity, algorithm constraints, basic constraints), then
/// sun.security.validator.EndEntityChecker (EKU), then HostnameChecker, which falls back to the CN when
/// there is no DNS SAN. No AIA fetching by default.
/// </summary>
public sealed class JavaProfile : ClientProfile
{
    private const string Handshake = "javax.net.ssl.SSLHandshakeException: ";
    private static readonly ClientError PathBuilding = Error("SunCertPathBuilderException",
        "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target");
    private static readonly ClientError ValidityCheck = Error("CertPathValidatorException",
        "PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed");
    private static readonly ClientError AlgorithmCheck = Error("CertPathValidatorException",
        "PKIX path validation failed: java.security.cert.CertPathValidatorException: Algorithm constraints check failed on signature algorithm: {algorithm}");

    public override ClientId Id => ClientId.Java;
    public override string Name => "Java";
    public override bool IsBrowser => false;

    // PKIX without com.sun.security.enableAIAcaIssuers; HostnameChecker falls back to the CN; jdk.certpath.disabledAlgorithms: RSA < 1024, SHA-1.
    public override ClientVerification Verification { get; } =
        new(FetchesAia: false, UsesPreloadedIntermediates: false, MinimumRsaBits: 1024, RejectSha1: true, RequireSan: false, TrustedFirst: true, RevocationChecking.None);

    // Only with -Dcom.sun.net.ssl.checkRevocation=true (PKIXRevocationChecker).
    public override ClientError RevokedError { get; } = Error("CertPathValidatorException",
        "sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: Certificate has been revoked, reason: {reason}");

    public override IReadOnlyList<VerdictRule> Rules { get; } =
    [
        VerdictRule.Both(ProblemKind.Malformed, 0, Error("CertificateParsingException", "java.security.cert.CertificateParsingException: could not parse certificate")),
        VerdictRule.Both(ProblemKind.SelfSignedLeaf, 0, PathBuilding),
        VerdictRule.Both(ProblemKind.UntrustedRoot, 0, PathBuilding),
        VerdictRule.Both(ProblemKind.IssuerNotFound, 0, PathBuilding),
        VerdictRule.Both(ProblemKind.BadSignature, 0, PathBuilding),
        VerdictRule.Both(ProblemKind.BudgetExceeded, 0, PathBuilding),
        VerdictRule.Both(ProblemKind.WeakSignature, 1, AlgorithmCheck),
        VerdictRule.Both(ProblemKind.UnsupportedSignatureAlgorithm, 1, AlgorithmCheck),
        // jdk.certpath.disabledAlgorithms: RSA keySize < 1024 (UNVERIFIED wording).
        VerdictRule.Both(ProblemKind.WeakKey, 1, Error("CertPathValidatorException",
            "PKIX path validation failed: java.security.cert.CertPathValidatorException: Algorithm constraints check failed on keysize limits: RSA {bits} bit key used with certificate: {subject}")),
        VerdictRule.Both(ProblemKind.Expired, 1, ValidityCheck),
        VerdictRule.Both(ProblemKind.NotYetValid, 1, ValidityCheck),
        VerdictRule.Both(ProblemKind.UnknownCriticalExtension, 1, Error("CertPathValidatorException",
            "PKIX path validation failed: java.security.cert.CertPathValidatorException: Unrecognized critical extension(s)")),
        VerdictRule.Both(ProblemKind.NotACa, 1, Error("CertPathValidatorException",
            "PKIX path validation failed: java.security.cert.CertPathValidatorException: basic constraints check failed: this is not a CA certificate")),
        VerdictRule.Both(ProblemKind.PathLengthExceeded, 1, Error("CertPathValidatorException",
            "PKIX path validation failed: java.security.cert.CertPathValidatorException: basic constraints check failed: pathLenConstraint violated - this cert must be the last cert in the certification path")),
        VerdictRule.Both(ProblemKind.NameConstraintViolation, 1, Error("CertPathValidatorException",
            "PKIX path validation failed: java.security.cert.CertPathValidatorException: name constraints check failed")),
        VerdictRule.Both(ProblemKind.IssuerKeyUsageMissingCertSign, 1, Error("CertPathValidatorException",
            "PKIX path validation failed: java.security.cert.CertPathValidatorException: CA key usage check failed: keyCertSign bit is not set")),
        VerdictRule.Both(ProblemKind.EkuMissingServerAuth, 2, Error("ValidatorException",
            "sun.security.validator.ValidatorException: Extended key usage does not permit use for TLS server authentication")),
        VerdictRule.Both(ProblemKind.LeafKeyUsageIncompatible, 2, Error("ValidatorException",
            "sun.security.validator.ValidatorException: KeyUsage does not allow key encipherment")),
        VerdictRule.Both(ProblemKind.NameMismatch, 3, Error("CertificateException",
            "java.security.cert.CertificateException: No subject alternative DNS name matching {host} found.")),
        VerdictRule.Accepted(ProblemKind.CommonNameOnly, 3),
        VerdictRule.Accepted(ProblemKind.CaUsedAsEndEntity, 3),
        VerdictRule.Accepted(ProblemKind.ValidityTooLong, 3),
    ];

    protected override bool Enforces(CertificateProblem problem, ChainDiagnosis diagnosis) => problem.Kind switch
    {
        ProblemKind.WeakKey => KeyStrength.IsBelow(problem.Certificate, KeyStrength.MinimumRsaBits),
        _ => true,
    };

    // HostnameChecker: with no DNS SAN it falls back to the most specific CN, and says so differently.
    protected override ClientError Refine(ClientError chosen, CertificateProblem problem, ChainDiagnosis diagnosis) =>
        problem.Kind == ProblemKind.NameMismatch && diagnosis.Leaf is { DnsNames.Count: 0 }
            ? chosen with { Message = Handshake + "java.security.cert.CertificateException: No name matching {host} found" }
            : chosen;

    protected override IEnumerable<string> Notes(ChainDiagnosis diagnosis)
    {
        if (diagnosis.Has(ProblemKind.CommonNameOnly))
        {
            yield return "Java's HostnameChecker falls back to the subject CN when the certificate has no DNS SAN.";
        }
    }

    private static ClientError Error(string code, string message) => new(code, Handshake + message, false);
}
