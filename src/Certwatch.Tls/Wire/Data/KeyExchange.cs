namespace Certwatch.Tls.Wire;

/// <summary>How a cipher suite agrees on keys. <see cref="Any"/> is TLS 1.3, where the suite does not fix it (RFC 8446 §4.1.2).</summary>
public enum KeyExchange
{
    Null,
    Rsa,
    /// <summary>Static Diffie-Hellman from the certificate: no forward secrecy.</summary>
    Dh,
    Dhe,
    /// <summary>Static ECDH from the certificate: no forward secrecy.</summary>
    Ecdh,
    Ecdhe,
    Psk,
    Krb5,
    Srp,
    EcCpwd,
    Gost,
    Any,
    /// <summary>A signalling value, not a real suite (RFC 5746, RFC 7507).</summary>
    Scsv,
}
