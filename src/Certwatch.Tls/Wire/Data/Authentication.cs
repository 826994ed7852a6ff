namespace Certwatch.Tls.Wire;

/// <summary>How a cipher suite authenticates the server. <see cref="Anonymous"/> suites authenticate nobody.</summary>
public enum Authentication
{
    Null,
    Rsa,
    Dss,
    Ecdsa,
    Anonymous,
    Psk,
    Krb5,
    Srp,
    EcCpwd,
    Gost,
    Any,
    Scsv,
}
