using System.Formats.Asn1;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Aia;

/// <summary>
/// Decodes a caIssuers response: a single DER certificate or a certs-only CMS SignedData
/// ("application/pkcs7-mime", RFC 5280 §4.2.2.1), and — leniently, as browsers are — PEM. Returns the
/// certificates or a reason; never throws on hostile bytes.
/// </summary>
public static class AiaPayloadDecoder
{
    private const string SignedDataOid = "1.2.840.113549.1.7.2";

    public static (IReadOnlyList<CertificateInfo> Certificates, string? Error) Decode(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return ([], "empty response");
        }

        if (body[0] == (byte)'-')
        {
            var pem = CertificateParser.ParseBundle(body, out var errors);
            return pem.Count > 0 ? (pem, null) : ([], errors.FirstOrDefault() ?? "no certificate in the PEM response");
        }

        if (CertificateParser.TryParse(body, out var single, out var singleError) && single is not null)
        {
            return ([single], null);
        }

        var fromPkcs7 = ReadPkcs7(body, out var pkcs7Error);
        return fromPkcs7.Count > 0 ? (fromPkcs7, null) : ([], $"neither a DER certificate ({singleError}) nor a PKCS#7 bundle ({pkcs7Error})");
    }

    // ContentInfo { contentType, [0] EXPLICIT SignedData { version, digestAlgorithms, encapContentInfo, [0] IMPLICIT certificates, … } } (RFC 5652 §5.1).
    private static List<CertificateInfo> ReadPkcs7(byte[] body, out string? error)
    {
        error = null;
        var result = new List<CertificateInfo>();
        try
        {
            var info = new AsnReader(body, AsnEncodingRules.BER).ReadSequence();
            if (info.ReadObjectIdentifier() != SignedDataOid)
            {
                error = "not SignedData";
                return result;
            }

            var signedData = info.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadSequence();
            signedData.ReadInteger();
            signedData.ReadSetOf();
            signedData.ReadSequence();
            if (!signedData.HasData || !signedData.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                error = "SignedData without certificates";
                return result;
            }

            var certificates = signedData.ReadSetOf(new Asn1Tag(TagClass.ContextSpecific, 0));
            while (certificates.HasData)
            {
                if (CertificateParser.TryParse(certificates.ReadEncodedValue(), out var certificate, out _) && certificate is not null)
                {
                    result.Add(certificate);
                }
            }
        }
        catch (AsnContentException e)
        {
            error = e.Message;
        }

        return result;
    }
}
