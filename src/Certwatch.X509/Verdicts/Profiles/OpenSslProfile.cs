using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;

namespace Certwatch.X509.Verdicts.Profiles;

/// <summary>
/// OpenSSL 3.x (`openssl s_client`, curl with the OpenSSL backend) at security level 2. Phases follow
/// verify_chain() in crypto/x509/x509_vfy.c: build_chain → check_chain (extensions, purpose) →
/// check_auth_level → internal_verify (signatures and times, from the top of the chain down); curl
/// checks the host name after the handshake. Numbers from x509_vfy.h, strings from x509_txt.c. No AIA fetching; CN fallback when there is
/// no DNS SAN. curl exits with 60 (CURLE_PEER_FAILED_VERIFICATION); there is nothing to click through.
/// </summary>
public sealed class OpenSslProfile : ClientProfile
{
    private const int InternalVerify = 3;
    private const int HostName = 4;
    private static readonly ClientError UnableToGetIssuer = Error("X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY", 20, "unable to get local issuer certificate");
    private static readonly ClientError InvalidCa = Error("X509_V_ERR_INVALID_CA", 79, "invalid CA certificate");
    private static readonly ClientError InvalidPurpose = Error("X509_V_ERR_INVALID_PURPOSE", 26, "unsuitable certificate purpose");
    private static readonly ClientError PermittedViolation = Error("X509_V_ERR_PERMITTED_VIOLATION", 47, "permitted subtree violation");
    private static readonly ClientError ExcludedViolation = Error("X509_V_ERR_EXCLUDED_VIOLATION", 48, "excluded subtree violation");
    private static readonly ClientError SignatureFailure = Error("X509_V_ERR_CERT_SIGNATURE_FAILURE", 7, "certificate signature failure");

    public override ClientId Id => ClientId.OpenSsl;
    public override string Name => "OpenSSL / curl";
    public override bool IsBrowser => false;

    // No AIA (curl/curl#2793); CN fallback without a DNS SAN; X509_V_FLAG_TRUSTED_FIRST is the default since 1.1.0;
    // security level 2 rejects RSA < 2048 (66/67 are in the table).
    public override ClientVerification Verification { get; } =
        new(FetchesAia: false, UsesPreloadedIntermediates: false, MinimumRsaBits: 2048, RejectSha1: true, RequireSan: false, TrustedFirst: true, RevocationChecking.None);

    // Only with CRL checking configured (-crl_check, curl --crlfile) or OCSP (curl --cert-status for staples).
    public override ClientError RevokedError { get; } = Error("X509_V_ERR_CERT_REVOKED", 23, "certificate revoked");

    public override IReadOnlyList<VerdictRule> Rules { get; } =
    [
        VerdictRule.Both(ProblemKind.Malformed, 0, new("SSL_R_BAD_CERTIFICATE", "curl: (35) SSL connect error (the server's certificate could not be decoded)", false)),
        VerdictRule.Both(ProblemKind.SelfSignedLeaf, 0, Error("X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT", 18, "self-signed certificate")),
        VerdictRule.Both(ProblemKind.UntrustedRoot, 0, Error("X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN", 19, "self-signed certificate in certificate chain")),
        VerdictRule.Both(ProblemKind.IssuerNotFound, 0, UnableToGetIssuer),
        VerdictRule.Both(ProblemKind.BudgetExceeded, 0, UnableToGetIssuer),
        VerdictRule.Both(ProblemKind.UnknownCriticalExtension, 1, Error("X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION", 34, "unhandled critical extension")),
        VerdictRule.Both(ProblemKind.NotACa, 1, InvalidCa),
        VerdictRule.Both(ProblemKind.IssuerKeyUsageMissingCertSign, 1, InvalidCa),
        VerdictRule.Both(ProblemKind.PathLengthExceeded, 1, Error("X509_V_ERR_PATH_LENGTH_EXCEEDED", 25, "path length constraint exceeded")),
        // check_name_constraints: 47 for a name outside the permitted subtrees; Refine picks 48 for an excluded one.
        VerdictRule.Both(ProblemKind.NameConstraintViolation, 1, PermittedViolation),
        VerdictRule.Both(ProblemKind.EkuMissingServerAuth, 1, InvalidPurpose),
        VerdictRule.Both(ProblemKind.LeafKeyUsageIncompatible, 1, InvalidPurpose),
        // Only with X509_V_FLAG_X509_STRICT, which s_client and curl do not set.
        VerdictRule.Accepted(ProblemKind.CaUsedAsEndEntity, 1),
        new(ProblemKind.WeakKey, 2, Error("X509_V_ERR_EE_KEY_TOO_SMALL", 66, "EE certificate key too weak"), Error("X509_V_ERR_CA_KEY_TOO_SMALL", 67, "CA certificate key too weak")),
        VerdictRule.Both(ProblemKind.WeakSignature, 2, Error("X509_V_ERR_CA_MD_TOO_WEAK", 68, "CA signature digest algorithm too weak")),
        // curl checks the name itself after the handshake, so every chain error comes first.
        VerdictRule.Both(ProblemKind.NameMismatch, HostName, new("X509_V_ERR_HOSTNAME_MISMATCH (62)",
            "curl: (60) SSL: no alternative certificate subject name matches target host name '{host}'", false,
            "openssl s_client -verify_hostname: verify error:num=62:hostname mismatch")),
        VerdictRule.Accepted(ProblemKind.CommonNameOnly, HostName),
        VerdictRule.Both(ProblemKind.BadSignature, InternalVerify, SignatureFailure),
        VerdictRule.Both(ProblemKind.UnsupportedSignatureAlgorithm, InternalVerify, SignatureFailure),
        VerdictRule.Both(ProblemKind.NotYetValid, InternalVerify, Error("X509_V_ERR_CERT_NOT_YET_VALID", 9, "certificate is not yet valid")),
        VerdictRule.Both(ProblemKind.Expired, InternalVerify, Error("X509_V_ERR_CERT_HAS_EXPIRED", 10, "certificate has expired")),
        VerdictRule.Accepted(ProblemKind.ValidityTooLong, InternalVerify),
    ];

    // internal_verify walks from the top of the chain down to the leaf.
    protected override int DepthOrder(CertificateProblem problem) =>
        problem.Kind is ProblemKind.BadSignature or ProblemKind.UnsupportedSignatureAlgorithm or ProblemKind.NotYetValid or ProblemKind.Expired
            ? -problem.Index
            : problem.Index;

    protected override ClientError Refine(ClientError chosen, CertificateProblem problem, ChainDiagnosis diagnosis)
    {
        if (problem.Kind == ProblemKind.NameMismatch && diagnosis.Leaf is { DnsNames.Count: 0 })
        {
            // curl falls back to the subject CN when there is no DNS SAN, and words the error differently.
            return chosen with { Message = "curl: (60) SSL: certificate subject name '{cn}' does not match target hostname '{host}'" };
        }
        if (problem.Kind == ProblemKind.NameConstraintViolation && problem.Message.Contains("excluded subtree", StringComparison.Ordinal))
        {
            return ExcludedViolation;
        }
        if (problem.Kind == ProblemKind.IssuerNotFound && diagnosis.Served.Count == 1)
        {
            return chosen with { Note = chosen.Note + " … verify error:num=21:unable to verify the first certificate" };
        }
        return chosen;
    }

    protected override IEnumerable<string> Notes(ChainDiagnosis diagnosis)
    {
        if (diagnosis.Has(ProblemKind.CommonNameOnly))
        {
            yield return "OpenSSL and curl fall back to the subject CN when the certificate has no DNS SAN.";
        }
    }

    private static ClientError Error(string name, int number, string text) =>
        new($"{name} ({number})", $"curl: (60) SSL certificate problem: {text}", false, $"openssl s_client: verify error:num={number}:{text}");
}
