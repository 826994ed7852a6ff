using Certwatch.X509.Model;

namespace Certwatch.X509.Conformance;

/// <summary>
/// The optional <c>key_usage</c> and <c>extended_key_usage</c> constraints of a limbo case: when the leaf
/// carries the extension, it must assert every listed usage (an absent extension allows any use, RFC 5280 §4.2.1.3/§4.2.1.12).
/// </summary>
internal static class LimboUsageChecks
{
    private static readonly Dictionary<string, string> EkuOids = new(StringComparer.Ordinal)
    {
        ["serverAuth"] = "1.3.6.1.5.5.7.3.1",
        ["clientAuth"] = "1.3.6.1.5.5.7.3.2",
        ["codeSigning"] = "1.3.6.1.5.5.7.3.3",
        ["emailProtection"] = "1.3.6.1.5.5.7.3.4",
        ["timeStamping"] = "1.3.6.1.5.5.7.3.8",
        ["OCSPSigning"] = "1.3.6.1.5.5.7.3.9",
        ["anyExtendedKeyUsage"] = "2.5.29.37.0",
    };

    public static IEnumerable<string> Check(CertificateInfo leaf, LimboCase testCase)
    {
        if (testCase.KeyUsage is { } wanted && leaf.KeyUsage is { } present)
        {
            foreach (var usage in wanted.Where(u => !present.Contains(u, StringComparer.OrdinalIgnoreCase)))
            {
                yield return $"leaf '{leaf.DisplayName}' keyUsage lacks {usage}";
            }
        }

        if (testCase.ExtendedKeyUsage is { } purposes && leaf.ExtendedKeyUsage is { } ekus && !ekus.Contains("2.5.29.37.0", StringComparer.Ordinal))
        {
            foreach (var purpose in purposes.Where(p => !ekus.Contains(EkuOids.GetValueOrDefault(p, p), StringComparer.Ordinal)))
            {
                yield return $"leaf '{leaf.DisplayName}' extendedKeyUsage lacks {purpose}";
            }
        }
    }
}
