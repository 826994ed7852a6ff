using System.Formats.Asn1;
using System.Net;
using System.Text;

namespace Certwatch.X509.Model;

/// <summary>One GeneralName (RFC 5280 §4.2.1.6): its CHOICE tag number and its content bytes.</summary>
internal readonly record struct GeneralName(int Tag, byte[] Content)
{
    public const int DnsTag = 2;
    public const int UriTag = 6;
    public const int IpTag = 7;

    private static readonly string[] FormNames =
        ["otherName", "rfc822Name", "dNSName", "x400Address", "directoryName", "ediPartyName", "uniformResourceIdentifier", "iPAddress", "registeredID"];

    public string FormName => Tag < FormNames.Length ? FormNames[Tag] : $"[{Tag}]";

    /// <summary>IA5String content; non-ASCII bytes survive as Latin-1 so a bad name never matches by accident.</summary>
    public string Text => Encoding.Latin1.GetString(Content);

    public IPAddress? Address => Content.Length is 4 or 16 ? new IPAddress(Content) : null;

    public static GeneralName Read(AsnReader reader)
    {
        var tag = reader.PeekTag();
        if (tag.TagClass != TagClass.ContextSpecific)
        {
            throw new AsnContentException($"expected a GeneralName, found tag {tag}");
        }

        var content = tag.IsConstructed ? reader.ReadEncodedValue().ToArray() : reader.ReadOctetString(tag);
        return new GeneralName(tag.TagValue, content);
    }

    public static List<GeneralName> ReadAll(AsnReader generalNames)
    {
        var names = new List<GeneralName>();
        while (generalNames.HasData)
        {
            names.Add(Read(generalNames));
        }

        return names;
    }
}
