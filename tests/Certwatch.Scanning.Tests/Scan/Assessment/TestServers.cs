using Certwatch.Scanning.Scan;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>The servers the assessment tests judge, each described the way its nginx/OpenSSL configuration would behave.</summary>
internal static class TestServers
{
    public static readonly string[] Tls13Suites = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"];

    /// <summary>Mozilla "modern": TLS 1.3 only.</summary>
    public static ScanFacts Modern() => new ScanFactsBuilder()
        .Version(ProtocolVersion.Tls13, Tls13Suites)
        .Groups(false, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1)
        .Build();

    /// <summary>Mozilla "intermediate": TLS 1.2 (ECDHE/DHE AEAD, client order) + TLS 1.3, ffdhe2048.</summary>
    public static ScanFacts Intermediate() => new ScanFactsBuilder()
        .DhPrime(DhPrimes.FromHex(DhPrimes.Ffdhe2048))
        .Version(ProtocolVersion.Tls13, Tls13Suites)
        .Version(ProtocolVersion.Tls12, "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305", "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384")
        .Groups(false, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1)
        .Build();

    /// <summary>
    /// An old default: TLS 1.0–1.2, server order, CBC only, 3DES, static RSA, DHE with the RFC 2409 1024-bit prime;
    /// no SCSV, no EMS, no stapling, heartbeat on.
    /// </summary>
    public static ScanFacts Weak()
    {
        string[] suites = ["ECDHE-RSA-AES128-SHA", "DHE-RSA-AES128-SHA", "AES128-SHA", "DES-CBC3-SHA"];
        return new ScanFactsBuilder()
            .Group(NamedGroup.Secp256r1)
            .DhPrime(DhPrimes.FromHex(DhPrimes.Rfc2409Group2))
            .Version(ProtocolVersion.Tls12, true, suites)
            .Version(ProtocolVersion.Tls11, true, suites)
            .Version(ProtocolVersion.Tls10, true, suites)
            .Groups(true, NamedGroup.Secp256r1)
            .With(f => f with
            {
                FallbackScsv = ProbeOutcome<FallbackScsvFacts>.Completed(new FallbackScsvFacts(false, "accepted TLSv1.1 with TLS_FALLBACK_SCSV")),
                ExtendedMasterSecret = ProbeOutcome<bool>.Completed(false),
                HeartbeatExtension = ProbeOutcome<bool>.Completed(true),
                OcspStapling = ProbeOutcome<OcspStapleFacts>.Completed(new OcspStapleFacts(false, null, ProtocolVersion.Tls12)),
            })
            .Build();
    }

    /// <summary>SSLv3 + TLS 1.0 with RC4 and 3DES, static RSA only.</summary>
    public static ScanFacts Ssl3Rc4() => new ScanFactsBuilder()
        .Version(ProtocolVersion.Tls10, true, "RC4-SHA", "RC4-MD5", "DES-CBC3-SHA")
        .Version(ProtocolVersion.Ssl3, true, "RC4-SHA", "RC4-MD5", "DES-CBC3-SHA")
        .Build();

    /// <summary>TLS 1.0 with export suites next to AES.</summary>
    public static ScanFacts Export() => new ScanFactsBuilder()
        .Version(ProtocolVersion.Tls10, true, "AES128-SHA", "EXP-RC4-MD5", "EXP-DES-CBC-SHA")
        .Build();

    /// <summary>The intermediate server, but with the given probe facts replaced.</summary>
    public static ScanFacts IntermediateWith(Func<ScanFacts, ScanFacts> edit) => edit(Intermediate());
}
