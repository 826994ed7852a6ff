namespace Certwatch.X509.Chain;

/// <summary>Readable names for the common EKU purposes (RFC 5280 §4.2.1.12): "clientAuth", or "clientAuth (1.3.6.1.5.5.7.3.2)" in messages; unknown OIDs as they are.</summary>
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

    public static string Describe(IReadOnlyList<string> oids) => oids.Count == 0
        ? "(empty)"
        : string.Join(", ", oids.Select(oid => Names.TryGetValue(oid, out var name) ? $"{name} ({oid})" : oid));
}
