using System.Formats.Asn1;
using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// The names of one certificate that name constraints apply to (RFC 5280 §4.2.1.10, §6.1.4 (g)): every
/// subjectAltName entry (decoded again from the raw extension, so malformed iPAddress lengths are seen),
/// the subject Name as its RDNs, and the subject's emailAddress attributes (which count as rfc822Names).
/// </summary>
internal sealed record ConstrainedNames(
    IReadOnlyList<GeneralName> AltNames,
    IReadOnlyList<byte[]> SubjectRdns,
    IReadOnlyList<string> SubjectEmails)
{
    private const string SubjectAltNameOid = "2.5.29.17";
    private const string EmailAddressOid = "1.2.840.113549.1.9.1";

    public static ConstrainedNames Of(CertificateInfo certificate)
    {
        var altNames = new List<GeneralName>();
        foreach (var extension in certificate.Extensions.Where(e => e.Oid == SubjectAltNameOid))
        {
            altNames.AddRange(GeneralName.ReadAll(new AsnReader(extension.Value, AsnEncodingRules.DER).ReadSequence()));
        }

        var rdns = SplitRdns(certificate.SubjectNameDer);
        return new ConstrainedNames(altNames, rdns, rdns.SelectMany(EmailsIn).ToList());
    }

    /// <summary>Name ::= SEQUENCE OF RelativeDistinguishedName; each RDN kept as its DER (a SET).</summary>
    public static List<byte[]> SplitRdns(byte[] nameDer)
    {
        var rdns = new List<byte[]>();
        var name = new AsnReader(nameDer, AsnEncodingRules.DER).ReadSequence();
        while (name.HasData)
        {
            rdns.Add(name.ReadEncodedValue().ToArray());
        }

        return rdns;
    }

    /// <summary>The content of a directoryName GeneralName: [4] EXPLICIT Name.</summary>
    public static byte[] DirectoryNameDer(GeneralName name) =>
        new AsnReader(name.Content, AsnEncodingRules.DER).ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true))
            .ReadEncodedValue().ToArray();

    private static IEnumerable<string> EmailsIn(byte[] rdn)
    {
        var set = new AsnReader(rdn, AsnEncodingRules.DER).ReadSetOf();
        var emails = new List<string>();
        while (set.HasData)
        {
            var attribute = set.ReadSequence();
            // PKCS #9 says IA5String; UTF8String is seen in the wild and read too, anything else is not a mailbox.
            if (attribute.ReadObjectIdentifier() == EmailAddressOid && attribute.PeekTag() is { TagClass: TagClass.Universal } tag
                && (UniversalTagNumber)tag.TagValue is UniversalTagNumber.IA5String or UniversalTagNumber.UTF8String)
            {
                emails.Add(attribute.ReadCharacterString((UniversalTagNumber)tag.TagValue));
            }
        }

        return emails;
    }
}
