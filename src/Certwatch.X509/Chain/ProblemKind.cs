namespace Certwatch.X509.Chain;

/// <summary>
/// A closed set of things that can be wrong with a certificate in a path. Stable names (stored,
/// rendered in JSON); add values, never rename or renumber. Position (leaf or issuer) is carried by
/// <see cref="CertificateProblem.Position"/>, not by the kind.
/// </summary>
public enum ProblemKind
{
    /// <summary>Validation time is after notAfter (RFC 5280 §6.1.3 (a)(2)).</summary>
    Expired = 1,

    /// <summary>Validation time is before notBefore.</summary>
    NotYetValid = 2,

    /// <summary>No issuer for this certificate among the served certificates or the trust store.</summary>
    IssuerNotFound = 3,

    /// <summary>The path ends in a self-signed certificate that is not a trust anchor.</summary>
    UntrustedRoot = 4,

    /// <summary>The leaf itself is self-signed and not trusted.</summary>
    SelfSignedLeaf = 5,

    /// <summary>The signature does not verify with the issuer's key.</summary>
    BadSignature = 6,

    /// <summary>An issuer is not a CA (basicConstraints absent or cA=FALSE) — RFC 5280 §6.1.4 (k).</summary>
    NotACa = 7,

    /// <summary>pathLenConstraint exceeded — RFC 5280 §6.1.4 (m).</summary>
    PathLengthExceeded = 8,

    /// <summary>An issuer's keyUsage lacks keyCertSign — RFC 5280 §6.1.4 (n).</summary>
    IssuerKeyUsageMissingCertSign = 9,

    /// <summary>The leaf's EKU is present and has neither serverAuth nor anyExtendedKeyUsage.</summary>
    EkuMissingServerAuth = 10,

    /// <summary>The leaf is not valid for the expected name (RFC 6125 / CA/B BR).</summary>
    NameMismatch = 11,

    /// <summary>The leaf has no SAN; the name is only in the subject CN (clients that require SAN reject it).</summary>
    CommonNameOnly = 12,

    /// <summary>Key too small (RSA/DSA under 2048 bits, or an unsupported curve).</summary>
    WeakKey = 13,

    /// <summary>Signed with SHA-1 or MD5.</summary>
    WeakSignature = 14,

    /// <summary>A critical extension Certwatch does not process (RFC 5280 §6.1.3 / §4.2).</summary>
    UnknownCriticalExtension = 15,

    /// <summary>The certificate could not be decoded.</summary>
    Malformed = 16,

    /// <summary>The signature algorithm is not one Certwatch can verify.</summary>
    UnsupportedSignatureAlgorithm = 17,

    /// <summary>The leaf is a CA certificate (cA=TRUE) used as an end entity.</summary>
    CaUsedAsEndEntity = 18,

    /// <summary>The leaf's keyUsage does not allow TLS server use (no digitalSignature / keyEncipherment).</summary>
    LeafKeyUsageIncompatible = 19,

    /// <summary>Leaf validity period exceeds the CA/B maximum for its issuance date (398 days since 2020-09-01).</summary>
    ValidityTooLong = 20,

    /// <summary>Path building gave up: too many candidates (budget exhausted).</summary>
    BudgetExceeded = 21,

    /// <summary>A name of a certificate is outside a CA's permitted subtrees or inside its excluded ones, or the constraints are unusable (RFC 5280 §4.2.1.10, §6.1.4 (g)).</summary>
    NameConstraintViolation = 22,
}
