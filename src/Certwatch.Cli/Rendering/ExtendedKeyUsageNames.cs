namespace Certwatch.Cli.Rendering;

/// <summary>Readable names for the EKU OIDs of RFC 5280 §4.2.1.12; unknown OIDs are shown as they are.</summary>
public static class ExtendedKeyUsageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["1.3.6.1.5.5.7.3.1"] = "serverAuth",
        ["1.3.6.1.5.5.7.3.2"] = "clientAuth",
        ["1.3.6.1.5.5.7.3.3"] = "codeSigning",
        ["1.3.6.1.5.5.7.3.4"] = "emailProtection",
        ["1.3.6.1.5.5.7.3.8"] = "timeStamping",
        ["1.3.6.1.5.5.7.3.9"] = "OCSPSigning",
        ["2.5.29.37.0"] = "anyExtendedKeyUsage",
    };

    public static string Of(string oid) => Names.TryGetValue(oid, out var name) ? name : oid;
}
