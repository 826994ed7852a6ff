namespace Certwatch.X509.Revocation;

/// <summary>CRLReason values (RFC 5280 §5.3.1), shared by CRL entries and OCSP RevokedInfo (RFC 6960 §4.2.1).</summary>
public static class CrlReasonNames
{
    private static readonly string[] Names =
    [
        "unspecified", "keyCompromise", "cACompromise", "affiliationChanged", "superseded",
        "cessationOfOperation", "certificateHold", "value7", "removeFromCRL", "privilegeWithdrawn", "aACompromise",
    ];

    public static string Name(int value) => value >= 0 && value < Names.Length ? Names[value] : $"reason{value}";
}
