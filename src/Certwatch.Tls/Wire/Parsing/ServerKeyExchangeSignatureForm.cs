namespace Certwatch.Tls.Wire;

/// <summary>
/// How the signature after ServerKeyExchange parameters is laid out; the message does not say, the
/// negotiated version and suite do (RFC 5246 §7.4.3, RFC 4346 §7.4.3).
/// </summary>
public enum ServerKeyExchangeSignatureForm
{
    /// <summary>Anonymous suites (DH_anon, ECDH_anon): no signature.</summary>
    None,

    /// <summary>SSLv3, TLS 1.0, TLS 1.1: <c>opaque signature&lt;0..2^16-1&gt;</c>.</summary>
    Unlabelled,

    /// <summary>TLS 1.2: <c>SignatureAndHashAlgorithm algorithm; opaque signature&lt;0..2^16-1&gt;</c>.</summary>
    WithScheme,
}
