namespace Certwatch.X509.Model;

/// <summary>
/// Decodes a DER certificate into a <see cref="CertificateInfo"/> with System.Formats.Asn1. Hostile or
/// malformed bytes give false and a one-line reason, never an exception.
/// </summary>
public static class CertificateParser
{
    public static bool TryParse(ReadOnlyMemory<byte> der, out CertificateInfo? certificate, out string? error)
    {
        throw new NotImplementedException();
    }

    /// <summary>Reads every certificate from PEM text (or a single DER blob); unparsable blocks are reported, not thrown.</summary>
    public static IReadOnlyList<CertificateInfo> ParsePemBundle(string pem, out IReadOnlyList<string> errors)
    {
        throw new NotImplementedException();
    }
}
