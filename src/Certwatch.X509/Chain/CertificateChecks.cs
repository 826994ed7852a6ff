using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Checks that depend on one certificate only (webpki <c>check_issuer_independent_properties</c>):
/// validity, unknown critical extensions, key size and weak signature hashes.
/// </summary>
internal static class CertificateChecks
{
    private static readonly HashSet<string> WeakHashes = new(StringComparer.OrdinalIgnoreCase) { "SHA1", "SHA-1", "MD5", "MD2", "MD4" };

    // sha1WithRSA, md5WithRSA, md2WithRSA, ecdsa-with-SHA1, dsa-with-sha1, sha1WithRSA (OIW)
    private static readonly HashSet<string> WeakSignatureOids = new(StringComparer.Ordinal)
    {
        "1.2.840.113549.1.1.5", "1.2.840.113549.1.1.4", "1.2.840.113549.1.1.2", "1.2.840.10045.4.1", "1.2.840.10040.4.3", "1.3.14.3.2.29",
    };

    private static readonly HashSet<string> AcceptedCurves = new(StringComparer.OrdinalIgnoreCase)
    {
        "P-256", "P-384", "P-521", "nistP256", "nistP384", "nistP521", "secp256r1", "secp384r1", "secp521r1", "prime256v1",
        "1.2.840.10045.3.1.7", "1.3.132.0.34", "1.3.132.0.35",
    };

    /// <summary>RFC 5280 §6.1.3 (a)(2): the validation time must be within [notBefore, notAfter] — for every certificate, anchors included (mozilla::pkix has no anchor exemption).</summary>
    public static void CheckValidity(PathProblems problems, int index, CertificateInfo certificate, DateTimeOffset now)
    {
        if (now > certificate.NotAfter)
        {
            problems.Add(ProblemKind.Expired, index,
                $"expired {TimeWording.Date(certificate.NotAfter)} ({TimeWording.Relative(certificate.NotAfter, now)}): notAfter {TimeWording.Instant(certificate.NotAfter)}, checked at {TimeWording.Instant(now)}");
        }

        if (now < certificate.NotBefore)
        {
            problems.Add(ProblemKind.NotYetValid, index,
                $"is not valid until {TimeWording.Date(certificate.NotBefore)} ({TimeWording.Relative(certificate.NotBefore, now)}): notBefore {TimeWording.Instant(certificate.NotBefore)}, checked at {TimeWording.Instant(now)}");
        }
    }

    /// <summary>RFC 5280 §4.2: a certificate with a critical extension the verifier does not process must be rejected.</summary>
    public static void CheckCriticalExtensions(PathProblems problems, int index, CertificateInfo certificate)
    {
        foreach (var extension in certificate.Extensions.Where(e => e.Critical && !e.Recognized))
        {
            problems.Add(ProblemKind.UnknownCriticalExtension, index,
                $"has critical extension {extension.Oid}, which Certwatch (and most clients) do not process; RFC 5280 §4.2 requires rejecting the certificate");
        }
    }

    /// <summary>RSA/DSA below the policy minimum (CA/B BR §6.1.5: 2048); EC only on the curves browsers accept. Anchors too: Firefox checks anchors' keys.</summary>
    public static void CheckKey(PathProblems problems, int index, CertificateInfo certificate, VerificationPolicy policy)
    {
        var key = certificate.PublicKey;
        var isRsaOrDsa = key.Algorithm.Equals("RSA", StringComparison.OrdinalIgnoreCase) || key.Algorithm.Equals("DSA", StringComparison.OrdinalIgnoreCase);
        if (isRsaOrDsa && key.SizeBits < policy.MinimumRsaBits)
        {
            problems.Add(ProblemKind.WeakKey, index, $"has a {key.SizeBits}-bit {key.Algorithm} key; at least {policy.MinimumRsaBits} bits are required");
        }

        var isEc = key.Algorithm.Equals("EC", StringComparison.OrdinalIgnoreCase) || key.Algorithm.Equals("ECDSA", StringComparison.OrdinalIgnoreCase);
        if (isEc && key.Curve is not null && !AcceptedCurves.Contains(key.Curve))
        {
            problems.Add(ProblemKind.WeakKey, index, $"has an EC key on curve {key.Curve}; clients accept only P-256, P-384 and P-521");
        }
    }

    /// <summary>SHA-1 and MD5 signatures are rejected below the anchor (Chrome cert_verify_proc.cc; CA/B BR §7.1.3.2).</summary>
    public static void CheckSignatureHash(PathProblems problems, int index, CertificateInfo certificate, VerificationPolicy policy)
    {
        var algorithm = certificate.SignatureAlgorithm;
        var weak = WeakSignatureOids.Contains(algorithm.Oid) || (algorithm.Hash is not null && WeakHashes.Contains(algorithm.Hash));
        if (policy.RejectSha1 && weak)
        {
            problems.Add(ProblemKind.WeakSignature, index,
                $"is signed with {algorithm} ({algorithm.Hash ?? algorithm.Oid}); SHA-1 and MD5 signatures are rejected, SHA-256 or better is required");
        }
    }
}
