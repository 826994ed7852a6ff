namespace Certwatch.Tls.Wire;

/// <summary>
/// One row of the IANA TLS Cipher Suites registry with the properties a scanner judges a suite by.
/// </summary>
/// <param name="Cipher">Bulk cipher and mode as in the IANA name ("AES_128_GCM", "3DES_EDE_CBC", "NULL").</param>
/// <param name="KeyBits">Secret key bits of the bulk cipher (3DES counts 168, export ciphers 40, NULL 0).</param>
/// <param name="Mac">"AEAD" for authenticated-encryption suites, else the HMAC hash ("SHA", "SHA256", "MD5"…).</param>
/// <param name="MinProtocol">The oldest version that can negotiate the suite (SHA-256/384 and AEAD suites need TLS 1.2).</param>
public sealed record CipherSuiteInfo(
    CipherSuiteId Id,
    string IanaName,
    string? OpenSslName,
    KeyExchange KeyExchange,
    Authentication Authentication,
    string Cipher,
    int KeyBits,
    string Mac,
    bool ForwardSecrecy,
    bool Export,
    ProtocolVersion MinProtocol)
{
    public bool IsTls13 => MinProtocol == ProtocolVersion.Tls13;

    public bool IsSignalingValue => KeyExchange == KeyExchange.Scsv;

    public bool IsAead => Mac == "AEAD";

    public override string ToString() => IanaName;
}
