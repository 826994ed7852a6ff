using Certwatch.X509.Model;

namespace Certwatch.X509.Analysis;

/// <summary>Key-size thresholds clients apply to RSA and DSA keys (client-errors.md §1 row 13).</summary>
public static class KeyStrength
{
    /// <summary>CA/B BR §6.1.5, Firefox with built-in roots, Apple HT210176, OpenSSL security level 2.</summary>
    public const int RecommendedRsaBits = 2048;

    /// <summary>Chrome `cert_verify_proc.cc` WEAK_KEY, Firefox with private roots, Go.</summary>
    public const int MinimumRsaBits = 1024;

    public static bool IsFiniteFieldKey(PublicKeyInfo key) =>
        key.Algorithm.Equals("RSA", StringComparison.OrdinalIgnoreCase) ||
        key.Algorithm.Equals("DSA", StringComparison.OrdinalIgnoreCase);

    public static bool IsBelow(CertificateInfo certificate, int bits) =>
        IsFiniteFieldKey(certificate.PublicKey) && certificate.PublicKey.SizeBits < bits;

    /// <summary>SHA-1 and MD5 signatures are collision-broken (CA/B BR §7.1.3.2).</summary>
    public static bool HasWeakSignature(CertificateInfo certificate)
    {
        var hash = certificate.SignatureAlgorithm.Hash ?? "";
        return hash.Equals("SHA1", StringComparison.OrdinalIgnoreCase) ||
               hash.Equals("SHA-1", StringComparison.OrdinalIgnoreCase) ||
               hash.Equals("MD5", StringComparison.OrdinalIgnoreCase) ||
               certificate.SignatureAlgorithm.Name.Contains("sha1", StringComparison.OrdinalIgnoreCase) ||
               certificate.SignatureAlgorithm.Name.Contains("md5", StringComparison.OrdinalIgnoreCase);
    }
}
