namespace Certwatch.Tls.Wire;

/// <summary>
/// A two-byte cipher suite id (RFC 8446 §4.1.2). Names and properties come from <see cref="CipherSuiteRegistry"/>;
/// ids the registry does not know (unassigned, private use, GREASE) are kept and print in hex.
/// </summary>
public readonly record struct CipherSuiteId(ushort Value)
{
    /// <summary>TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746 §3.3): "I support secure renegotiation".</summary>
    public static readonly CipherSuiteId EmptyRenegotiationInfoScsv = new(0x00FF);

    /// <summary>TLS_FALLBACK_SCSV (RFC 7507 §2): "this is a downgraded retry"; servers that know a higher version must refuse.</summary>
    public static readonly CipherSuiteId FallbackScsv = new(0x5600);

    /// <summary>The IANA name, or null for an id the registry does not list.</summary>
    public string? Name => CipherSuiteRegistry.Find(this)?.IanaName;

    public bool IsGrease => Grease.IsGrease(Value);

    public override string ToString() =>
        Name ?? (IsGrease ? $"GREASE(0x{Value:X4})" : $"0x{Value:X4}");
}
