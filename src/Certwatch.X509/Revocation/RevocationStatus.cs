namespace Certwatch.X509.Revocation;

/// <summary>What a revocation source said about one certificate. Stable names (JSON).</summary>
public enum RevocationStatus
{
    /// <summary>The responder or CRL says the certificate is not revoked (RFC 6960 §2.2 "good").</summary>
    Good,

    /// <summary>Revoked (RFC 6960 §2.2 "revoked", or the serial is on a valid CRL, RFC 5280 §5.1.2.6).</summary>
    Revoked,

    /// <summary>The responder does not know the certificate (RFC 6960 §2.2 "unknown").</summary>
    Unknown,

    /// <summary>No usable answer: unreachable, timed out, tryLater, bad signature, stale. Never treated as revoked (soft-fail).</summary>
    Unavailable,
}
