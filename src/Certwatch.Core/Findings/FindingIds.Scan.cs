namespace Certwatch.Core.Findings;

/// <summary>Finding ids of protocol, cipher and vulnerability findings of `certwatch scan`.</summary>
public static partial class FindingIds
{
    public const string VulnHeartbleed = "vuln.heartbleed";
    public const string VulnCcsInjection = "vuln.ccs-injection";
    public const string VulnRobot = "vuln.robot";
    public const string VulnPoodle = "vuln.poodle";
    public const string VulnSweet32 = "vuln.sweet32";
    public const string VulnRc4 = "vuln.rc4";
    public const string VulnFreak = "vuln.freak";
    public const string VulnLogjam = "vuln.logjam";
    public const string VulnBeast = "vuln.beast";

    /// <summary>CBC-mode suites are offered on TLS 1.0–1.2 (LUCKY13, CVE-2013-0169; info).</summary>
    public const string VulnLucky13 = "vuln.lucky13";
    public const string VulnDrown = "vuln.drown";
    public const string VulnCrime = "vuln.crime";
    public const string VulnInsecureRenegotiation = "vuln.insecure-renegotiation";
    public const string TlsProtocolSsl2 = "tls.protocol.sslv2";
    public const string TlsProtocolSsl3 = "tls.protocol.sslv3";
    public const string TlsProtocolTls10 = "tls.protocol.tls10";
    public const string TlsProtocolTls11 = "tls.protocol.tls11";
    public const string TlsProtocolNoTls12 = "tls.protocol.no-tls12";
    public const string TlsProtocolNoTls13 = "tls.protocol.no-tls13";
    public const string TlsCipherNull = "tls.cipher.null";
    public const string TlsCipherAnonymous = "tls.cipher.anonymous";
    public const string TlsCipherWeak = "tls.cipher.weak";
    public const string TlsCipherNoForwardSecrecy = "tls.cipher.no-forward-secrecy";
    public const string TlsCipherNoAead = "tls.cipher.no-aead";
    public const string TlsDhWeak = "tls.dh.weak";
    public const string TlsDhCommonPrime = "tls.dh.common-prime";
    public const string TlsRenegotiationNotSecure = "tls.renegotiation.not-secure";
    public const string TlsFallbackScsvMissing = "tls.fallback-scsv.missing";
    public const string TlsOcspStaplingMissing = "tls.ocsp-stapling.missing";

    /// <summary>The stapled OCSP response says the leaf is revoked (critical).</summary>
    public const string TlsOcspStaplingRevoked = "tls.ocsp-stapling.revoked";

    /// <summary>The stapled response's responder does not know the leaf (critical: Firefox rejects it).</summary>
    public const string TlsOcspStaplingUnknown = "tls.ocsp-stapling.unknown";

    /// <summary>The stapled response's nextUpdate has passed (warning).</summary>
    public const string TlsOcspStaplingExpired = "tls.ocsp-stapling.expired";

    /// <summary>The stapled response is malformed, unsuccessful, for another certificate, badly signed or from the future.</summary>
    public const string TlsOcspStaplingInvalid = "tls.ocsp-stapling.invalid";
    public const string TlsHeartbeatEnabled = "tls.heartbeat.enabled";
    public const string TlsExtendedMasterSecretMissing = "tls.extended-master-secret.missing";

    private static IReadOnlyList<string> ScanIds =>
    [
        VulnHeartbleed, VulnCcsInjection, VulnRobot, VulnPoodle, VulnSweet32, VulnRc4, VulnFreak, VulnLogjam, VulnBeast,
        VulnLucky13, VulnDrown, VulnCrime, VulnInsecureRenegotiation, TlsProtocolSsl2, TlsProtocolSsl3, TlsProtocolTls10,
        TlsProtocolTls11, TlsProtocolNoTls12, TlsProtocolNoTls13, TlsCipherNull, TlsCipherAnonymous, TlsCipherWeak,
        TlsCipherNoForwardSecrecy, TlsCipherNoAead, TlsDhWeak, TlsDhCommonPrime, TlsRenegotiationNotSecure,
        TlsFallbackScsvMissing, TlsOcspStaplingMissing, TlsOcspStaplingRevoked, TlsOcspStaplingUnknown, TlsOcspStaplingExpired,
        TlsOcspStaplingInvalid, TlsHeartbeatEnabled, TlsExtendedMasterSecretMissing,
    ];
}
