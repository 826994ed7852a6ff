using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace Certwatch.X509.Model;

/// <summary>
/// Reads "-----BEGIN CERTIFICATE-----" blocks (RFC 7468), ignoring text between them and blocks with
/// other labels; input without any PEM block is taken as one DER certificate.
/// </summary>
internal static class PemBundleReader
{
    private const string BeginCertificate = "-----BEGIN CERTIFICATE-----";

    public static IReadOnlyList<CertificateInfo> Read(ReadOnlySpan<byte> content, out IReadOnlyList<string> errors)
    {
        var looksLikePem = content.IndexOf("-----BEGIN "u8) >= 0;
        return looksLikePem ? Read(Encoding.Latin1.GetString(content), out errors) : ReadDer(content.ToArray(), out errors);
    }

    public static IReadOnlyList<CertificateInfo> Read(string text, out IReadOnlyList<string> errors)
    {
        if (!text.Contains("-----BEGIN ", StringComparison.Ordinal))
        {
            return ReadDer(Encoding.Latin1.GetBytes(text), out errors);
        }

        var certificates = new List<CertificateInfo>();
        var problems = new List<string>();
        var blocks = 0;
        var remaining = text.AsSpan();
        while (PemEncoding.TryFind(remaining, out var fields))
        {
            var label = remaining[fields.Label];
            if (label is "CERTIFICATE" or "TRUSTED CERTIFICATE" or "X509 CERTIFICATE")
            {
                blocks++;
                var der = Convert.FromBase64String(remaining[fields.Base64Data].ToString());
                AddParsed(label is "TRUSTED CERTIFICATE" ? FirstElement(der) : der, blocks, certificates, problems);
            }

            remaining = remaining[fields.Location.End..];
        }

        var undecodable = CountOccurrences(text, BeginCertificate) - certificates.Count - problems.Count;
        if (undecodable > 0)
        {
            problems.Add($"{undecodable} CERTIFICATE block(s) have invalid base64 or no matching END line");
        }

        errors = problems;
        return certificates;
    }

    private static IReadOnlyList<CertificateInfo> ReadDer(byte[] der, out IReadOnlyList<string> errors)
    {
        var certificates = new List<CertificateInfo>();
        var problems = new List<string>();
        if (der.Length == 0)
        {
            problems.Add("no certificates: the input is empty");
        }
        else
        {
            AddParsed(der, 1, certificates, problems);
        }

        errors = problems;
        return certificates;
    }

    private static void AddParsed(ReadOnlyMemory<byte> der, int index, List<CertificateInfo> certificates, List<string> problems)
    {
        if (CertificateParser.TryParse(der, out var certificate, out var error))
        {
            certificates.Add(certificate!);
        }
        else
        {
            problems.Add($"certificate {index}: {error}");
        }
    }

    /// <summary>OpenSSL's TRUSTED CERTIFICATE appends trust settings after the certificate; keep only the first element.</summary>
    private static ReadOnlyMemory<byte> FirstElement(byte[] der)
    {
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.DER);
            return reader.PeekEncodedValue();
        }
        catch (AsnContentException)
        {
            return der;
        }
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
