using System.Globalization;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Check;

/// <summary>Parses the certificates as served; an entry that does not decode is reported by position, not thrown.</summary>
internal static class ServedCertificateDecoder
{
    public static (IReadOnlyList<CertificateInfo> Parsed, IReadOnlyList<string> Unparsable) Decode(IReadOnlyList<byte[]> served)
    {
        var parsed = new List<CertificateInfo>(served.Count);
        var unparsable = new List<string>();
        for (var i = 0; i < served.Count; i++)
        {
            if (CertificateParser.TryParse(served[i], out var certificate, out var error))
            {
                parsed.Add(certificate!);
            }
            else
            {
                unparsable.Add($"certificate #{(i + 1).ToString(CultureInfo.InvariantCulture)} as served: {error}");
            }
        }

        return (parsed, unparsable);
    }
}
