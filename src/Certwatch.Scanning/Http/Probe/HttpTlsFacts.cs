namespace Certwatch.Scanning.Http;

/// <summary>What the TLS layer of one HTTPS hop showed — only what the HTTP rules need (hstspreload, Observatory).</summary>
/// <param name="Protocol">Negotiated version, e.g. "Tls13".</param>
/// <param name="CipherSuite">Negotiated suite, IANA name, e.g. "TLS_AES_128_GCM_SHA256".</param>
/// <param name="CertificateTrusted">The chain verified to a trust anchor and the name matched.</param>
/// <param name="CertificateProblem">Why not, in one line; null when trusted.</param>
/// <param name="Sha1InChain">A non-root certificate of the verified chain is signed with SHA-1 (hstspreload domain.tls.sha1).</param>
public sealed record HttpTlsFacts(string Protocol, string CipherSuite, bool CertificateTrusted, string? CertificateProblem, bool Sha1InChain);
