using System.Formats.Asn1;
using System.Security.Cryptography;

namespace Certwatch.X509.Model;

/// <summary>Runs one decoding step and names the part of the certificate in any failure message.</summary>
internal static class DerSection
{
    public static T Read<T>(string section, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (MalformedCertificateException)
        {
            throw;
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException or OverflowException or FormatException or InvalidOperationException)
        {
            throw new MalformedCertificateException($"malformed {section}: {OneLine(e.Message)}");
        }
    }

    public static void Fail(string message) => throw new MalformedCertificateException(message);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
