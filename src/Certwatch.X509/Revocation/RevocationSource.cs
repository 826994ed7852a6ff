namespace Certwatch.X509.Revocation;

/// <summary>Where a revocation answer came from. Stable names (JSON).</summary>
public enum RevocationSource
{
    /// <summary>An OCSP responder named in the AIA extension (RFC 6960).</summary>
    Ocsp,

    /// <summary>A CRL from the cRLDistributionPoints extension (RFC 5280 §4.2.1.13).</summary>
    Crl,

    /// <summary>An OCSP response stapled in the TLS handshake (RFC 6066 §8).</summary>
    Staple,
}
