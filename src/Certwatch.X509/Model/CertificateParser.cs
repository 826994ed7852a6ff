namespace Certwatch.X509.Model;

/// <summary>
/// Decodes a DER certificate into a <see cref="CertificateInfo"/> with System.Formats.Asn1. Hostile or
/// malformed bytes give false and a one-line reason, never an exception.
/// </summary>
public static class CertificateParser
{
    public static bool TryParse(ReadOnlyMemory<byte> der, out CertificateInfo? certificate, out string? error)
    {
        try
        {
            certificate = CertificateDecoder.Decode(der);
            error = null;
            return true;
        }
        catch (MalformedCertificateException e)
        {
            (certificate, error) = (null, e.Message);
        }
        catch (Exception e)
        {
            // Last line of defence: a decoder bug must still come out as a value, not a crash.
            (certificate, error) = (null, $"malformed certificate: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
        }

        return false;
    }

    /// <summary>Reads every certificate from PEM text (or a single DER blob); unparsable blocks are reported, not thrown.</summary>
    public static IReadOnlyList<CertificateInfo> ParsePemBundle(string pem, out IReadOnlyList<string> errors) =>
        PemBundleReader.Read(pem, out errors);

    /// <summary>Reads a file's bytes as a PEM bundle, or as one DER certificate when it is not PEM text.</summary>
    public static IReadOnlyList<CertificateInfo> ParseBundle(ReadOnlySpan<byte> content, out IReadOnlyList<string> errors) =>
        PemBundleReader.Read(content, out errors);
}
