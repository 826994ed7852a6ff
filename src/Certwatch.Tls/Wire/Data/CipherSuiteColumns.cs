namespace Certwatch.Tls.Wire;

/// <summary>Maps the spelled-out columns of <c>cipher-suites.csv</c> to their types; an unknown spelling is a build-time data bug.</summary>
internal static class CipherSuiteColumns
{
    public static KeyExchange KeyExchange(string text) => text switch
    {
        "NULL" => Wire.KeyExchange.Null,
        "RSA" => Wire.KeyExchange.Rsa,
        "DH" => Wire.KeyExchange.Dh,
        "DHE" => Wire.KeyExchange.Dhe,
        "ECDH" => Wire.KeyExchange.Ecdh,
        "ECDHE" => Wire.KeyExchange.Ecdhe,
        "PSK" => Wire.KeyExchange.Psk,
        "KRB5" => Wire.KeyExchange.Krb5,
        "SRP" => Wire.KeyExchange.Srp,
        "ECCPWD" => Wire.KeyExchange.EcCpwd,
        "GOST" => Wire.KeyExchange.Gost,
        "any" => Wire.KeyExchange.Any,
        "SCSV" => Wire.KeyExchange.Scsv,
        _ => throw new InvalidDataException($"cipher-suites.csv: unknown key_exchange '{text}'"),
    };

    public static Authentication Authentication(string text) => text switch
    {
        "NULL" => Wire.Authentication.Null,
        "RSA" => Wire.Authentication.Rsa,
        "DSS" => Wire.Authentication.Dss,
        "ECDSA" => Wire.Authentication.Ecdsa,
        "anon" => Wire.Authentication.Anonymous,
        "PSK" => Wire.Authentication.Psk,
        "KRB5" => Wire.Authentication.Krb5,
        "SRP" => Wire.Authentication.Srp,
        "ECCPWD" => Wire.Authentication.EcCpwd,
        "GOST" => Wire.Authentication.Gost,
        "any" => Wire.Authentication.Any,
        "SCSV" => Wire.Authentication.Scsv,
        _ => throw new InvalidDataException($"cipher-suites.csv: unknown authentication '{text}'"),
    };

    public static ProtocolVersion Protocol(string text) => text switch
    {
        "SSLv3" => ProtocolVersion.Ssl3,
        "TLSv1.0" => ProtocolVersion.Tls10,
        "TLSv1.2" => ProtocolVersion.Tls12,
        "TLSv1.3" => ProtocolVersion.Tls13,
        _ => throw new InvalidDataException($"cipher-suites.csv: unknown min_protocol '{text}'"),
    };
}
