namespace Certwatch.Core.Findings;

/// <summary>
/// Every finding id Certwatch can emit. Ids are part of the public contract (JSON output, monitor
/// history, alert rules): add new ones, never rename or reuse one. Each is documented in docs/findings.md.
/// </summary>
public static partial class FindingIds
{
    public const string CertExpired = "cert.expired";
    public const string CertNotYetValid = "cert.not-yet-valid";
    public const string CertExpiring = "cert.expiring";
    public const string CertSelfSigned = "cert.self-signed";
    public const string CertWeakKey = "cert.weak-key";
    public const string CertWeakSignature = "cert.weak-signature";
    public const string CertValidityTooLong = "cert.validity-too-long";
    public const string CertEkuMissing = "cert.eku-missing";
    public const string CertMalformed = "cert.malformed";
    public const string ChainIntermediateExpired = "chain.intermediate-expired";
    public const string ChainIntermediateExpiring = "chain.intermediate-expiring";
    public const string ChainIntermediateNotYetValid = "chain.intermediate-not-yet-valid";
    public const string ChainIncomplete = "chain.incomplete";
    public const string ChainOrder = "chain.order";
    public const string ChainRootSent = "chain.root-sent";
    public const string ChainDuplicate = "chain.duplicate";
    public const string ChainUnrelated = "chain.unrelated";
    public const string ChainUntrustedRoot = "chain.untrusted-root";
    public const string ChainInvalid = "chain.invalid";
    public const string ChainReusedIssuerSerial = "chain.reused-issuer-serial";
    public const string HostMismatch = "host.mismatch";
    public const string HostCnOnly = "host.cn-only";
    public const string TlsConnectFailed = "tls.connect-failed";
    public const string TlsHandshakeFailed = "tls.handshake-failed";
    public const string DnsFailed = "dns.failed";
    public const string HttpHstsPresent = "http.hsts.present";
    public const string HttpHstsInvalid = "http.hsts.invalid";
    public const string HttpHstsMaxAgeZero = "http.hsts.max-age-zero";
    public const string HttpHstsTooShort = "http.hsts.too-short";
    public const string HttpHstsNoIncludeSubDomains = "http.hsts.no-include-subdomains";
    public const string StartTlsNotOffered = "starttls.not-offered";
    public const string StartTlsRefused = "starttls.refused";
    public const string StartTlsPlaintextAuth = "starttls.plaintext-auth";

    /// <summary>All ids, for the guard test that each is documented.</summary>
    public static IReadOnlyList<string> All =>
    [
        .. CheckIds, .. ScanIds, .. HttpIds, .. RevocationIds, .. DnsIds,
    ];

    private static IReadOnlyList<string> CheckIds =>
    [
        CertExpired, CertNotYetValid, CertExpiring, CertSelfSigned, CertWeakKey, CertWeakSignature,
        CertValidityTooLong, CertEkuMissing, CertMalformed, ChainIntermediateExpired, ChainIntermediateExpiring,
        ChainIntermediateNotYetValid, ChainIncomplete, ChainOrder, ChainRootSent, ChainDuplicate, ChainUnrelated,
        ChainUntrustedRoot, ChainInvalid, ChainReusedIssuerSerial, HostMismatch, HostCnOnly, TlsConnectFailed,
        TlsHandshakeFailed, DnsFailed, HttpHstsPresent, HttpHstsInvalid, HttpHstsMaxAgeZero, HttpHstsTooShort,
        HttpHstsNoIncludeSubDomains, StartTlsNotOffered, StartTlsRefused, StartTlsPlaintextAuth,
    ];
}
