namespace Certwatch.X509.Chain;

/// <summary>Why the path builder stopped extending a path.</summary>
internal enum PathEnd
{
    /// <summary>The last certificate is a trust anchor (or a served copy of one: same SHA-256, or same subject and key).</summary>
    TrustAnchor,

    /// <summary>The last certificate is self-signed and not trusted.</summary>
    SelfSigned,

    /// <summary>No (unused) issuer of the last certificate exists among the served certificates and anchors.</summary>
    IssuerNotFound,

    /// <summary>The build-call budget ran out while this path was being extended.</summary>
    BudgetExceeded,
}
