using System.Formats.Asn1;
using System.Net;

namespace Certwatch.X509.Model;

/// <summary>Reads nameConstraints (RFC 5280 §4.2.1.10): permittedSubtrees [0] and excludedSubtrees [1].</summary>
internal static class NameConstraintsDecoder
{
    public static NameConstraintsInfo Read(AsnReader constraints, bool critical)
    {
        var permitted = ReadSubtrees(constraints, 0);
        var excluded = ReadSubtrees(constraints, 1);
        var other = permitted.Concat(excluded).Where(n => n.Tag is not (GeneralName.DnsTag or GeneralName.IpTag)).Select(n => n.FormName).Distinct().ToList();
        return new NameConstraintsInfo(Dns(permitted), Dns(excluded), Ip(permitted), Ip(excluded), other, critical);
    }

    private static List<GeneralName> ReadSubtrees(AsnReader constraints, int tagNumber)
    {
        var tag = new Asn1Tag(TagClass.ContextSpecific, tagNumber, isConstructed: true);
        var names = new List<GeneralName>();
        if (!constraints.HasData || constraints.PeekTag() != tag)
        {
            return names;
        }

        var subtrees = constraints.ReadSequence(tag);
        while (subtrees.HasData)
        {
            // GeneralSubtree: base, then minimum/maximum which RFC 5280 says must be absent; they are skipped.
            var subtree = subtrees.ReadSequence();
            names.Add(GeneralName.Read(subtree));
        }

        return names;
    }

    private static List<string> Dns(List<GeneralName> names) =>
        names.Where(n => n.Tag == GeneralName.DnsTag).Select(n => n.Text).ToList();

    /// <summary>An iPAddress constraint is address then mask (8 or 32 octets), written here as CIDR.</summary>
    private static List<string> Ip(List<GeneralName> names) =>
        names.Where(n => n.Tag == GeneralName.IpTag).Select(n => Cidr(n.Content)).ToList();

    private static string Cidr(byte[] content)
    {
        if (content.Length is not (8 or 32))
        {
            return "invalid:" + Convert.ToHexString(content);
        }

        var half = content.Length / 2;
        var prefix = content.AsSpan(half).ToArray().Sum(b => System.Numerics.BitOperations.PopCount(b));
        return $"{new IPAddress(content.AsSpan(0, half))}/{prefix}";
    }
}
