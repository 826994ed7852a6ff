using Certwatch.Scanning.Scan;
using Certwatch.Tls.Wire;

namespace Certwatch.Cli.Rendering;

/// <summary>
/// How one accepted cipher suite reads in the report: names, bits, FS/AEAD flags, the key exchange it used,
/// and why it is weak. The weakness words are labels for the eye; the findings and grade come from ScanAnalyzer.
/// </summary>
internal static class ScanSuiteText
{
    public static IReadOnlyList<string> Cells(AcceptedSuite accepted)
    {
        var suite = accepted.Suite;
        return
        [
            suite.IanaName,
            suite.OpenSslName is { } openSsl && openSsl != suite.IanaName ? openSsl : "",
            $"{suite.KeyBits} bits",
            suite.ForwardSecrecy || suite.IsTls13 ? "FS" : "no FS",
            suite.IsAead ? "AEAD" : suite.Cipher.Contains("CBC", StringComparison.Ordinal) ? "CBC" : suite.Mac,
            KeyExchangeText(accepted),
            Weakness(accepted) is { } weak ? "weak: " + weak : "",
        ];
    }

    /// <summary>Why a suite is weak ("64-bit block cipher (SWEET32)", "DH 1024 bits"), or null.</summary>
    public static string? Weakness(AcceptedSuite accepted)
    {
        var suite = accepted.Suite;
        var reasons = new List<string>();
        if (suite.Export)
        {
            reasons.Add("export grade");
        }

        if (suite.KeyBits == 0 || suite.Cipher == "NULL")
        {
            reasons.Add("no encryption");
        }
        else if (suite.Cipher.StartsWith("RC4", StringComparison.Ordinal))
        {
            reasons.Add("RC4");
        }
        else if (IsSmallBlock(suite.Cipher))
        {
            reasons.Add("64-bit block cipher (SWEET32)");
        }

        if (suite.Authentication is Authentication.Anonymous or Authentication.Null && !suite.IsTls13)
        {
            reasons.Add("anonymous");
        }

        if (accepted.DhBits is { } bits and > 0 and < 2048)
        {
            reasons.Add($"DH {bits} bits");
        }

        return reasons.Count == 0 ? null : string.Join(", ", reasons);
    }

    private static string KeyExchangeText(AcceptedSuite accepted) =>
        accepted.Group is { } group ? group.ToString()
        : accepted.DhBits is { } bits and > 0 ? $"DH {bits}"
        : "";

    private static bool IsSmallBlock(string cipher) =>
        cipher.StartsWith("3DES", StringComparison.Ordinal) || cipher.StartsWith("DES", StringComparison.Ordinal)
        || cipher.StartsWith("IDEA", StringComparison.Ordinal) || cipher.StartsWith("RC2", StringComparison.Ordinal);
}
