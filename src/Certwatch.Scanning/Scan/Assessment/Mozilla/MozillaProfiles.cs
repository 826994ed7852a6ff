using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Assessment.Mozilla;

/// <summary>
/// Mozilla server-side TLS guidelines version 5.7 (https://ssl-config.mozilla.org/guidelines/5.7.json), as data:
/// modern (TLS 1.3 only), intermediate (TLS 1.2+1.3, the recommended default) and old (TLS 1.0+, for ancient clients).
/// Curves X25519/prime256v1/secp384r1 are the registry's x25519/secp256r1/secp384r1.
/// </summary>
internal static class MozillaProfiles
{
    public const string Version = "5.7";

    private static readonly string[] Tls13 = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"];
    private static readonly string[] Curves = ["x25519", "secp256r1", "secp384r1"];
    private static readonly string[] CertificateCurves = ["P-256", "P-384"];

    private static readonly string[] IntermediateCiphers =
    [
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    ];

    private static readonly string[] OldExtraCiphers =
    [
        "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
        "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
        "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
        "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
        "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_RSA_WITH_AES_128_CBC_SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256",
        "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    ];

    public static MozillaProfile Modern { get; } = new(
        "modern", [ProtocolVersion.Tls13], [], Tls13, Curves, null, ["ecdsa"], CertificateCurves, null,
        ["ecdsa-with-SHA256", "ecdsa-with-SHA384", "ecdsa-with-SHA512"], false);

    public static MozillaProfile Intermediate { get; } = new(
        "intermediate", [ProtocolVersion.Tls12, ProtocolVersion.Tls13], IntermediateCiphers, Tls13, Curves, 2048, ["ecdsa", "rsa"], CertificateCurves, 2048,
        ["sha256WithRSAEncryption", "ecdsa-with-SHA256", "ecdsa-with-SHA384", "ecdsa-with-SHA512"], false);

    public static MozillaProfile Old { get; } = new(
        "old", [ProtocolVersion.Tls10, ProtocolVersion.Tls11, ProtocolVersion.Tls12, ProtocolVersion.Tls13], [.. IntermediateCiphers, .. OldExtraCiphers], Tls13, Curves, 1024,
        ["rsa"], CertificateCurves, 2048, ["sha256WithRSAEncryption"], true);

    public static IReadOnlyList<MozillaProfile> All { get; } = [Modern, Intermediate, Old];
}
