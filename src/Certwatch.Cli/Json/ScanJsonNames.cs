using System.Globalization;
using Certwatch.Scanning.Scan;
using Certwatch.Tls.Wire;

namespace Certwatch.Cli.Json;

/// <summary>The strings scan enums and wire values become in JSON; spelled out here because they are the schema.</summary>
public static class ScanJsonNames
{
    public static string Status(ProbeStatus status) => status switch
    {
        ProbeStatus.Completed => "completed",
        ProbeStatus.Error => "error",
        _ => "skipped",
    };

    /// <summary>"TLSv1.2"; an unknown value in hex.</summary>
    public static string Version(ProtocolVersion version) => version.Name ?? version.ToString();

    public static string Hex(ushort value) => "0x" + value.ToString("X4", CultureInfo.InvariantCulture);

    public static string KeyExchange(KeyExchange value) => value switch
    {
        Tls.Wire.KeyExchange.Null => "null",
        Tls.Wire.KeyExchange.Rsa => "rsa",
        Tls.Wire.KeyExchange.Dh => "dh",
        Tls.Wire.KeyExchange.Dhe => "dhe",
        Tls.Wire.KeyExchange.Ecdh => "ecdh",
        Tls.Wire.KeyExchange.Ecdhe => "ecdhe",
        Tls.Wire.KeyExchange.Psk => "psk",
        Tls.Wire.KeyExchange.Krb5 => "krb5",
        Tls.Wire.KeyExchange.Srp => "srp",
        Tls.Wire.KeyExchange.EcCpwd => "eccpwd",
        Tls.Wire.KeyExchange.Gost => "gost",
        Tls.Wire.KeyExchange.Any => "any",
        _ => "scsv",
    };

    public static string Authentication(Authentication value) => value switch
    {
        Tls.Wire.Authentication.Null => "null",
        Tls.Wire.Authentication.Rsa => "rsa",
        Tls.Wire.Authentication.Dss => "dss",
        Tls.Wire.Authentication.Ecdsa => "ecdsa",
        Tls.Wire.Authentication.Anonymous => "anonymous",
        Tls.Wire.Authentication.Psk => "psk",
        Tls.Wire.Authentication.Krb5 => "krb5",
        Tls.Wire.Authentication.Srp => "srp",
        Tls.Wire.Authentication.EcCpwd => "eccpwd",
        Tls.Wire.Authentication.Gost => "gost",
        Tls.Wire.Authentication.Any => "any",
        _ => "scsv",
    };
}
