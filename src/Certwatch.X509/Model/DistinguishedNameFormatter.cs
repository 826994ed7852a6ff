using System.Formats.Asn1;
using System.Text;

namespace Certwatch.X509.Model;

/// <summary>
/// Renders a DER Name as an RFC 4514 string (most specific RDN first, as .NET and OpenSSL's RFC 2253
/// mode print it) and picks out its common name.
/// </summary>
internal static class DistinguishedNameFormatter
{
    private const string CommonNameOid = "2.5.4.3";

    private static readonly Dictionary<string, string> ShortNames = new()
    {
        [CommonNameOid] = "CN",
        ["2.5.4.6"] = "C",
        ["2.5.4.7"] = "L",
        ["2.5.4.8"] = "ST",
        ["2.5.4.9"] = "STREET",
        ["2.5.4.10"] = "O",
        ["2.5.4.11"] = "OU",
        ["2.5.4.5"] = "SERIALNUMBER",
        ["2.5.4.4"] = "SN",
        ["2.5.4.42"] = "G",
        ["2.5.4.12"] = "T",
        ["2.5.4.17"] = "PostalCode",
        ["2.5.4.15"] = "businessCategory",
        ["2.5.4.97"] = "organizationIdentifier",
        ["0.9.2342.19200300.100.1.25"] = "DC",
        ["0.9.2342.19200300.100.1.1"] = "UID",
        ["1.2.840.113549.1.9.1"] = "E",
        ["1.3.6.1.4.1.311.60.2.1.1"] = "jurisdictionL",
        ["1.3.6.1.4.1.311.60.2.1.2"] = "jurisdictionST",
        ["1.3.6.1.4.1.311.60.2.1.3"] = "jurisdictionC",
    };

    /// <summary>The RFC 4514 string and the last (most specific) CN, if any.</summary>
    public static (string Text, string? CommonName) Format(ReadOnlyMemory<byte> nameDer)
    {
        var rdnSequence = new AsnReader(nameDer, AsnEncodingRules.DER).ReadSequence();
        var rdns = new List<string>();
        string? commonName = null;
        while (rdnSequence.HasData)
        {
            // Real certificates carry unsorted multi-valued RDNs; order is display-only here.
            var rdn = rdnSequence.ReadSetOf(skipSortOrderValidation: true);
            var attributes = new List<string>();
            while (rdn.HasData)
            {
                var (type, value) = ReadAttribute(rdn.ReadSequence());
                attributes.Add($"{type}={value}");
                if (type == "CN")
                {
                    commonName = value.Text;
                }
            }

            rdns.Add(string.Join('+', attributes));
        }

        rdns.Reverse();
        return (string.Join(", ", rdns), commonName);
    }

    private static (string Type, AttributeText Value) ReadAttribute(AsnReader attribute)
    {
        var oid = attribute.ReadObjectIdentifier();
        var value = ReadValue(attribute);
        attribute.ThrowIfNotEmpty();
        return (ShortNames.GetValueOrDefault(oid, oid), value);
    }

    private static AttributeText ReadValue(AsnReader attribute)
    {
        var tag = attribute.PeekTag();
        var encoding = tag.TagClass == TagClass.Universal && !tag.IsConstructed ? TextEncoding((UniversalTagNumber)tag.TagValue) : null;
        if (encoding is null)
        {
            // RFC 4514 §2.4: values of other types are written as '#' and the hex of their BER encoding.
            return new AttributeText(null, "#" + Convert.ToHexString(attribute.ReadEncodedValue().Span));
        }

        // Character sets are not enforced (real CAs put '*' in PrintableString); bytes are decoded leniently.
        var encoded = attribute.ReadEncodedValue();
        AsnDecoder.ReadEncodedValue(encoded.Span, AsnEncodingRules.DER, out var contentOffset, out var contentLength, out _);
        var text = encoding.GetString(encoded.Span.Slice(contentOffset, contentLength));
        return new AttributeText(text, Escape(text));
    }

    private static Encoding? TextEncoding(UniversalTagNumber tag) => tag switch
    {
        UniversalTagNumber.UTF8String => Encoding.UTF8,
        UniversalTagNumber.BMPString => Encoding.BigEndianUnicode,
        UniversalTagNumber.UniversalString => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
        UniversalTagNumber.PrintableString or UniversalTagNumber.IA5String or UniversalTagNumber.VisibleString
            or UniversalTagNumber.NumericString or UniversalTagNumber.TeletexString => Encoding.Latin1,
        _ => null,
    };

    /// <summary>RFC 4514 §2.4 escaping.</summary>
    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var special = c is '"' or '+' or ',' or ';' or '<' or '>' or '\\'
                || (i == 0 && c is '#' or ' ')
                || (i == value.Length - 1 && c == ' ');
            if (c == '\0')
            {
                builder.Append("\\00");
                continue;
            }

            builder.Append(special ? "\\" : string.Empty).Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A value as decoded (for the CN) and as written in the DN string.</summary>
    private sealed record AttributeText(string? Text, string Escaped)
    {
        public override string ToString() => Escaped;
    }
}
