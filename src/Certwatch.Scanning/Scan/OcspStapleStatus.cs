namespace Certwatch.Scanning.Scan;

/// <summary>What the stapled OCSP response (RFC 6066 §8) is worth for the served leaf. Stable names (JSON).</summary>
public enum OcspStapleStatus
{
    /// <summary>Signed, current, for the leaf, and it says "good" (RFC 6960 §2.2).</summary>
    Good,

    /// <summary>Signed, for the leaf, and it says "revoked".</summary>
    Revoked,

    /// <summary>Signed, current, for the leaf, and the responder does not know the certificate.</summary>
    Unknown,

    /// <summary>nextUpdate has passed (RFC 6960 §4.2.2.1): a stale staple.</summary>
    Expired,

    /// <summary>thisUpdate is in the future.</summary>
    NotYetValid,

    /// <summary>Not an OCSPResponse, or the CertificateStatus message around it is broken.</summary>
    Malformed,

    /// <summary>responseStatus is not successful (tryLater, internalError…): no status inside.</summary>
    Unsuccessful,

    /// <summary>No SingleResponse names the served leaf (RFC 6960 §4.1.1 CertID).</summary>
    WrongCertificate,

    /// <summary>The responder ID names the issuer, yet the issuer's key does not verify the signature.</summary>
    BadSignature,

    /// <summary>Signed by a key that is neither the issuer's nor an authorised responder's (RFC 6960 §4.2.2.2).</summary>
    UnauthorizedSigner,
}
