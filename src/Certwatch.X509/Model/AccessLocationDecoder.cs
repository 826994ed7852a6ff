using System.Formats.Asn1;

namespace Certwatch.X509.Model;

/// <summary>Reads the URLs of authorityInfoAccess (RFC 5280 §4.2.2.1) and cRLDistributionPoints (§4.2.1.13).</summary>
internal static class AccessLocationDecoder
{
    private const string OcspMethod = "1.3.6.1.5.5.7.48.1";
    private const string CaIssuersMethod = "1.3.6.1.5.5.7.48.2";

    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);

    /// <summary>Fills <paramref name="facts"/> only once the whole extension has decoded.</summary>
    public static void ReadAuthorityInfoAccess(AsnReader descriptions, ExtensionFacts facts)
    {
        var ocsp = new List<string>();
        var caIssuers = new List<string>();
        while (descriptions.HasData)
        {
            var description = descriptions.ReadSequence();
            var method = description.ReadObjectIdentifier();
            var location = GeneralName.Read(description);
            description.ThrowIfNotEmpty();
            if (location.Tag != GeneralName.UriTag)
            {
                continue;
            }

            if (method == OcspMethod)
            {
                ocsp.Add(location.Text);
            }
            else if (method == CaIssuersMethod)
            {
                caIssuers.Add(location.Text);
            }
        }

        facts.OcspUrls.AddRange(ocsp);
        facts.CaIssuersUrls.AddRange(caIssuers);
    }

    /// <summary>Only distributionPoint.fullName URIs are fetchable; reasons and cRLIssuer are skipped.</summary>
    public static void ReadCrlDistributionPoints(AsnReader points, List<string> urls)
    {
        var found = new List<string>();
        while (points.HasData)
        {
            var point = points.ReadSequence();
            if (point.HasData && point.PeekTag() == Context0)
            {
                var name = point.ReadSequence(Context0);
                if (name.HasData && name.PeekTag() == Context0)
                {
                    found.AddRange(GeneralName.ReadAll(name.ReadSequence(Context0)).Where(n => n.Tag == GeneralName.UriTag).Select(n => n.Text));
                }
            }
        }

        urls.AddRange(found);
    }
}
