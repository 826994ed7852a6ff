using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>Cipher-suite properties the rules test, derived from the IANA registry columns.</summary>
internal static class CipherTraits
{
    /// <summary>RC4 (RFC 7465 prohibits it in every TLS version).</summary>
    public static bool IsRc4(CipherSuiteInfo suite) => suite.Cipher.StartsWith("RC4", StringComparison.Ordinal);

    /// <summary>
    /// 64-bit block ciphers (SWEET32, CVE-2016-2183): DES, 3DES, IDEA, RC2 — and the 64-bit-block GOST 28147-89
    /// and Magma (GOST R 34.12-2015). AES, Camellia, ARIA, SEED, SM4 and Kuznyechik have 128-bit blocks.
    /// </summary>
    public static bool HasSmallBlock(CipherSuiteInfo suite) =>
        suite.Cipher.Contains("DES", StringComparison.Ordinal) || suite.Cipher.StartsWith("IDEA", StringComparison.Ordinal) ||
        suite.Cipher.StartsWith("RC2", StringComparison.Ordinal) || suite.Cipher.Contains("28147", StringComparison.Ordinal) ||
        suite.Cipher.StartsWith("MAGMA", StringComparison.Ordinal);

    /// <summary>CBC-mode suites (BEAST and POODLE target CBC in SSLv3/TLS 1.0).</summary>
    public static bool IsCbc(CipherSuiteInfo suite) => suite.Cipher.Contains("CBC", StringComparison.Ordinal);

    /// <summary>No encryption at all (TLS_*_WITH_NULL_*).</summary>
    public static bool IsNull(CipherSuiteInfo suite) => suite.Cipher == "NULL" && !suite.IsSignalingValue;

    /// <summary>No server authentication (DH_anon, ECDH_anon): any man in the middle can answer.</summary>
    public static bool IsAnonymous(CipherSuiteInfo suite) => suite.Authentication == Authentication.Anonymous;

    /// <summary>Real encryption weaker than 112 bits that is not an export suite (single DES 56, RC4_56…).</summary>
    public static bool IsWeakNonExport(CipherSuiteInfo suite) => !suite.Export && !IsNull(suite) && suite.KeyBits is > 0 and < 112;

    public static string OpenSslOrIana(CipherSuiteInfo suite) => suite.OpenSslName ?? suite.IanaName;
}
