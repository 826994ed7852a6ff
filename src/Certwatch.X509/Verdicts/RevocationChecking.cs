namespace Certwatch.X509.Verdicts;

/// <summary>What a client does about revocation by default (client-errors.md §1 row 11, §2.3).</summary>
public enum RevocationChecking
{
    /// <summary>No revocation checking unless configured (curl/OpenSSL, Go, Java's default JSSE).</summary>
    None,

    /// <summary>Chrome CRLSets: a curated push list, mostly intermediates and high-priority revocations; no online OCSP/CRL for DV.</summary>
    PushedList,

    /// <summary>Firefox CRLite + OneCRL for publicly trusted certificates (Fx 137+; OCSP for DV off since Fx 142), plus stapled OCSP.</summary>
    CrliteAndStaple,

    /// <summary>Apple's own revocation service for publicly trusted certificates (UNVERIFIED in detail).</summary>
    PlatformService,
}
