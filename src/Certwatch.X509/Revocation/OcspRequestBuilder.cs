using System.Formats.Asn1;

namespace Certwatch.X509.Revocation;

/// <summary>
/// Builds an unsigned OCSPRequest (RFC 6960 §4.1.1) for one CertID, optionally with a nonce extension
/// (RFC 8954; responders following RFC 5019 may ignore it, so its absence in the reply is accepted).
/// </summary>
public static class OcspRequestBuilder
{
    public const string NonceOid = "1.3.6.1.5.5.7.48.1.2";

    public static byte[] Build(OcspCertId certId, byte[]? nonce = null)
    {
        ArgumentNullException.ThrowIfNull(certId);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                // version v1 is the DEFAULT and therefore omitted in DER; no requestorName.
                using (writer.PushSequence())
                {
                    using (writer.PushSequence())
                    {
                        certId.WriteTo(writer);
                    }
                }

                if (nonce is not null)
                {
                    WriteNonce(writer, nonce);
                }
            }
        }

        return writer.Encode();
    }

    /// <summary>
    /// The GET form (RFC 6960 Appendix A.1): base64 of the DER request, URL-encoded, appended to the
    /// responder URL. RFC 5019 §5 recommends GET for requests under 255 bytes so CDNs can cache answers.
    /// </summary>
    public static string GetUrl(string responderUrl, byte[] request)
    {
        ArgumentNullException.ThrowIfNull(responderUrl);
        var encoded = Uri.EscapeDataString(Convert.ToBase64String(request));
        return responderUrl.EndsWith('/') ? responderUrl + encoded : responderUrl + "/" + encoded;
    }

    private static void WriteNonce(AsnWriter writer, byte[] nonce)
    {
        using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 2, isConstructed: true)))
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(NonceOid);
            var inner = new AsnWriter(AsnEncodingRules.DER);
            inner.WriteOctetString(nonce);
            writer.WriteOctetString(inner.Encode());
        }
    }
}
