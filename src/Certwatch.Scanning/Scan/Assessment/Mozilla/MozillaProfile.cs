using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Assessment.Mozilla;

/// <summary>One configuration of Mozilla's server-side TLS guidelines (ssl-config.mozilla.org/guidelines/5.7.json).</summary>
/// <param name="Ciphers">TLS ≤ 1.2 suites, IANA names (the "iana" list).</param>
/// <param name="Tls13Suites">The "ciphersuites" list.</param>
/// <param name="Groups">"tls_curves", as registry names.</param>
/// <param name="MinDhBits">"dh_param_size"; null when DHE is not part of the profile.</param>
/// <param name="CertificateTypes">"rsa", "ecdsa".</param>
/// <param name="CertificateCurves">Leaf EC curves, as the X.509 model names them ("P-256").</param>
/// <param name="MinRsaBits">"rsa_key_size"; null when RSA certificates are not part of the profile.</param>
/// <param name="CertificateSignatures">Leaf signature algorithms ("sha256WithRSAEncryption", "ecdsa-with-SHA256").</param>
/// <param name="ServerPreferredOrder">The profile wants the server to enforce its cipher order.</param>
internal sealed record MozillaProfile(
    string Name,
    IReadOnlyList<ProtocolVersion> Versions,
    IReadOnlyList<string> Ciphers,
    IReadOnlyList<string> Tls13Suites,
    IReadOnlyList<string> Groups,
    int? MinDhBits,
    IReadOnlyList<string> CertificateTypes,
    IReadOnlyList<string> CertificateCurves,
    int? MinRsaBits,
    IReadOnlyList<string> CertificateSignatures,
    bool ServerPreferredOrder);
