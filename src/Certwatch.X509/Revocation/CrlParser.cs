using System.Formats.Asn1;

namespace Certwatch.X509.Revocation;

/// <summary>Parses a DER (or PEM "X509 CRL") CertificateList (RFC 5280 §5.1). Hostile input gives false and a reason.</summary>
public static class CrlParser
{
    private const string ReasonCodeOid = "2.5.29.21";

    public static bool TryParse(ReadOnlySpan<byte> content, out RevocationList? crl, out string? error)
    {
        crl = null;
        error = null;
        try
        {
            crl = Parse(Der(content));
            return true;
        }
        catch (Exception e) when (e is AsnContentException or ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            error = $"not a valid CRL: {e.Message}";
            return false;
        }
    }

    private static byte[] Der(ReadOnlySpan<byte> content)
    {
        var text = content.Length > 0 && content[0] == (byte)'-' ? System.Text.Encoding.ASCII.GetString(content) : null;
        if (text is not null && System.Security.Cryptography.PemEncoding.TryFind(text, out var fields))
        {
            return Convert.FromBase64String(text[fields.Base64Data]);
        }

        return content.ToArray();
    }

    private static RevocationList Parse(byte[] der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER);
        var list = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var tbsDer = list.ReadEncodedValue().ToArray();
        var algorithm = list.ReadSequence().ReadObjectIdentifier();
        var signature = list.ReadBitString(out _);

        var tbs = new AsnReader(tbsDer, AsnEncodingRules.DER).ReadSequence();
        if (tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
        {
            tbs.ReadInteger(); // version v2
        }

        tbs.ReadSequence(); // signature (must equal the outer one; the outer one is what we verify with)
        var issuer = tbs.ReadEncodedValue().ToArray();
        var thisUpdate = ReadTime(tbs);
        DateTimeOffset? nextUpdate = tbs.HasData && IsTime(tbs.PeekTag()) ? ReadTime(tbs) : null;
        var entries = new List<CrlEntry>();
        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            var revoked = tbs.ReadSequence();
            while (revoked.HasData)
            {
                entries.Add(ReadEntry(revoked.ReadSequence()));
            }
        }

        return new(tbsDer, algorithm, signature, issuer, thisUpdate, nextUpdate, entries);
    }

    private static CrlEntry ReadEntry(AsnReader entry)
    {
        var serial = Convert.ToHexString(entry.ReadIntegerBytes().Span);
        var date = ReadTime(entry);
        string? reason = null;
        if (entry.HasData)
        {
            var extensions = entry.ReadSequence();
            while (extensions.HasData)
            {
                var extension = extensions.ReadSequence();
                var oid = extension.ReadObjectIdentifier();
                if (extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
                {
                    extension.ReadBoolean();
                }

                var value = extension.ReadOctetString();
                if (oid == ReasonCodeOid)
                {
                    reason = CrlReasonNames.Name(OcspResponseParser.ReadSmallEnumerated(new AsnReader(value, AsnEncodingRules.DER)));
                }
            }
        }

        return new(serial, date, reason);
    }

    private static bool IsTime(Asn1Tag tag) => tag.HasSameClassAndValue(Asn1Tag.UtcTime) || tag.HasSameClassAndValue(Asn1Tag.GeneralizedTime);

    // RFC 5280 §5.1.2.4: UTCTime through 2049, GeneralizedTime from 2050.
    private static DateTimeOffset ReadTime(AsnReader reader) =>
        reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();
}
