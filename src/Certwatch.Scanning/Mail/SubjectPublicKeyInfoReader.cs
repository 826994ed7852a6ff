using System.Formats.Asn1;

namespace Certwatch.Scanning.Mail;

/// <summary>
/// Cuts the DER SubjectPublicKeyInfo out of a certificate (RFC 5280 §4.1): what a TLSA record with
/// selector 1 hashes (RFC 6698 §2.1.2). Returns null on anything malformed instead of throwing.
/// </summary>
internal static class SubjectPublicKeyInfoReader
{
    private static readonly Asn1Tag VersionTag = new(TagClass.ContextSpecific, 0, isConstructed: true);

    public static byte[]? Read(byte[] certificateDer)
    {
        try
        {
            var certificate = new AsnReader(certificateDer, AsnEncodingRules.DER).ReadSequence();
            var tbs = certificate.ReadSequence();
            if (tbs.PeekTag().HasSameClassAndValue(VersionTag))
            {
                tbs.ReadEncodedValue();
            }

            tbs.ReadEncodedValue(); // serialNumber
            tbs.ReadEncodedValue(); // signature
            tbs.ReadEncodedValue(); // issuer
            tbs.ReadEncodedValue(); // validity
            tbs.ReadEncodedValue(); // subject
            var spki = tbs.ReadEncodedValue();
            return new AsnReader(spki, AsnEncodingRules.DER).PeekTag().HasSameClassAndValue(Asn1Tag.Sequence) ? spki.ToArray() : null;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
