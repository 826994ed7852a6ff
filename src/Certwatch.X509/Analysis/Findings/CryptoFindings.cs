using Certwatch.Core.Findings;
using Certwatch.X509.Chain;

namespace Certwatch.X509.Analysis.Findings;

/// <summary>Key size, signature hash, EKU and lifetime of the certificates on the path.</summary>
public static class CryptoFindings
{
    public static IEnumerable<Finding> For(ChainDiagnosis d)
    {
        foreach (var p in d.Of(ProblemKind.WeakKey))
        {
            var c = p.Certificate;
            yield return new(FindingIds.CertWeakKey, Severity.Critical, $"{Who(p)} has a {c.PublicKey.SizeBits}-bit {c.PublicKey.Algorithm} key",
                "Firefox (public roots), Safari and OpenSSL at security level 2 reject RSA keys under 2048 bits; Chrome and Go reject them under 1024 (CA/B BR §6.1.5).",
                [$"key: {c.PublicKey}", $"certificate #{p.Index}: {c.Subject}"],
                new("Generate a new key of at least 2048 bits (or ECDSA P-256) and reissue.",
                    [new("openssl", "openssl req -new -newkey rsa:2048 -nodes -keyout privkey.pem -out request.csr"), new("certbot", $"certbot certonly --key-type ecdsa -d {d.ExpectedName}")]));
        }
        foreach (var p in d.Of(ProblemKind.WeakSignature))
        {
            yield return new(FindingIds.CertWeakSignature, Severity.Critical, $"{Who(p)} is signed with {p.Certificate.SignatureAlgorithm.Name}",
                "SHA-1 and MD5 signatures are forgeable; Chrome, Firefox, Safari, Go, Java and OpenSSL 3 reject them below the root.",
                [$"signature: {p.Certificate.SignatureAlgorithm.Name}", $"certificate #{p.Index}: {p.Certificate.Subject}"],
                FixAdvice.Text("Reissue with a SHA-256 signature (openssl: -sha256)."));
        }
        foreach (var p in d.Of(ProblemKind.EkuMissingServerAuth).Where(p => p.Index == 0))
        {
            yield return new(FindingIds.CertEkuMissing, Severity.Critical, $"Certificate '{p.Certificate.DisplayName}' is not valid for TLS servers (no serverAuth in extendedKeyUsage)",
                "Chrome (NET::ERR_CERT_INVALID, no click-through), Firefox, Safari, OpenSSL, Go and Java all reject it.",
                [$"extendedKeyUsage: {string.Join(", ", p.Certificate.ExtendedKeyUsage ?? [])}", $"required: {CertificatePolicyChecks.ServerAuthOid} (serverAuth)"],
                FixAdvice.Text("Reissue with extendedKeyUsage = serverAuth (openssl: extendedKeyUsage=serverAuth in the extension section)."));
        }
        foreach (var p in d.Of(ProblemKind.ValidityTooLong).Where(p => p.Index == 0))
        {
            yield return ValidityTooLong(d, p);
        }
    }

    private static Finding ValidityTooLong(ChainDiagnosis d, CertificateProblem p)
    {
        var c = p.Certificate;
        var rejecting = new List<string>();
        if (ValidityLimits.RejectedByChrome(c, d.AnchorsArePublic))
        {
            rejecting.Add("Chrome (NET::ERR_CERT_VALIDITY_TOO_LONG)");
        }
        if (ValidityLimits.RejectedBySafari(c, d.AnchorsArePublic))
        {
            rejecting.Add("Safari (more than " + (ValidityLimits.ExceedsAppleAllRootsMaximum(c) ? "825 days, all roots" : "398 days, public roots") + ")");
        }
        var detail = rejecting.Count == 0
            ? "No client rejects it with a private root today, but public CAs may not issue it (CA/B BR §6.3.2: 398 days) and Safari rejects over 825 days."
            : $"Rejected by {string.Join(" and ", rejecting)}; Firefox, OpenSSL, Go and Java do not check the lifetime.";
        return new(FindingIds.CertValidityTooLong, rejecting.Count == 0 ? Severity.Warning : Severity.Critical,
            $"Certificate is valid for {(int)c.Lifetime.TotalDays} days (maximum 398)", detail,
            [$"notBefore: {c.NotBefore:yyyy-MM-dd}", $"notAfter: {c.NotAfter:yyyy-MM-dd}", $"lifetime: {(int)c.Lifetime.TotalDays} days",
             $"anchors: {(d.AnchorsArePublic ? "public" : "private")}"],
            FixAdvice.Text("Reissue with a lifetime of at most 398 days (openssl: -days 397), or automate renewal with 90-day certificates."));
    }

    private static string Who(CertificateProblem p) => p.Index == 0 ? $"Certificate '{p.Certificate.DisplayName}'" : $"Issuer '{p.Certificate.DisplayName}'";
}
