using Certwatch.Core.Findings;
using Certwatch.X509.Chain;

namespace Certwatch.X509.Analysis.Findings;

/// <summary>Trust and structural path problems: untrusted root, self-signed leaf, and every other verifier problem as chain.invalid.</summary>
public static class TrustFindings
{
    private static readonly HashSet<ProblemKind> InvalidKinds =
    [
        ProblemKind.NotACa, ProblemKind.PathLengthExceeded, ProblemKind.IssuerKeyUsageMissingCertSign, ProblemKind.UnknownCriticalExtension,
        ProblemKind.BadSignature, ProblemKind.UnsupportedSignatureAlgorithm, ProblemKind.CaUsedAsEndEntity, ProblemKind.LeafKeyUsageIncompatible,
        ProblemKind.BudgetExceeded, ProblemKind.Malformed, ProblemKind.NameConstraintViolation,
    ];

    public static IEnumerable<Finding> For(ChainDiagnosis d, string trustStoreName)
    {
        foreach (var p in d.Of(ProblemKind.UntrustedRoot))
        {
            yield return new(FindingIds.ChainUntrustedRoot, Severity.Critical, $"The chain ends at root '{p.Certificate.DisplayName}', which is not trusted",
                "Clients that do not have this root reject the certificate (Chrome NET::ERR_CERT_AUTHORITY_INVALID, Firefox SEC_ERROR_UNKNOWN_ISSUER).",
                [$"root: {p.Certificate.Subject}", $"SHA-256: {p.Certificate.Sha256Fingerprint}", $"trust store: {trustStoreName}", p.Message],
                FixAdvice.Text("Use a certificate from a publicly trusted CA (e.g. Let's Encrypt: `certbot certonly -d <host>`), or install this root on every client (and check with --ca-file)."));
        }
        foreach (var p in d.Of(ProblemKind.SelfSignedLeaf))
        {
            yield return new(FindingIds.CertSelfSigned, Severity.Critical, $"Certificate '{p.Certificate.DisplayName}' is self-signed",
                "No client trusts a self-signed certificate unless it was installed by hand; browsers show a warning, tools fail.",
                [$"subject = issuer: {p.Certificate.Subject}", $"serial: {p.Certificate.SerialNumber}", $"SHA-256: {p.Certificate.Sha256Fingerprint}"],
                FixLines.Reissue("Replace it with a certificate from a trusted CA.", d.ExpectedName));
        }
        foreach (var p in d.Problems.Where(p => InvalidKinds.Contains(p.Kind)))
        {
            yield return new(FindingIds.ChainInvalid, Severity.Critical, $"{Subject(p)}: {Describe(p.Kind)}",
                $"{p.Message}. Chrome rejects this path without click-through (NET::ERR_CERT_INVALID); other clients fail too.",
                [$"problem: {p.Kind}", $"certificate #{p.Index}: {p.Certificate.Subject}", $"issuer: {p.Certificate.Issuer}"],
                FixAdvice.Text("Get a correctly issued certificate/chain from the CA; a self-built CA must mark issuers cA=TRUE with keyCertSign and give leaves serverAuth."));
        }
    }

    private static string Subject(CertificateProblem p) => p.Index == 0 ? $"Certificate '{p.Certificate.DisplayName}'" : $"Issuer '{p.Certificate.DisplayName}'";

    private static string Describe(ProblemKind kind) => kind switch
    {
        ProblemKind.NotACa => "used as an issuer but is not a CA (basicConstraints)",
        ProblemKind.PathLengthExceeded => "path length constraint exceeded",
        ProblemKind.IssuerKeyUsageMissingCertSign => "keyUsage lacks keyCertSign",
        ProblemKind.UnknownCriticalExtension => "has an unknown critical extension",
        ProblemKind.BadSignature => "signature does not verify",
        ProblemKind.UnsupportedSignatureAlgorithm => "uses an unsupported signature algorithm",
        ProblemKind.CaUsedAsEndEntity => "is a CA certificate used as a server certificate",
        ProblemKind.LeafKeyUsageIncompatible => "keyUsage does not allow TLS server use",
        ProblemKind.BudgetExceeded => "path building gave up (too many candidates)",
        ProblemKind.NameConstraintViolation => "violates a CA's name constraints",
        _ => "could not be decoded",
    };
}
