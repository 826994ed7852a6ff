namespace Certwatch.Tls.Wire;

/// <summary>The family of a <see cref="NamedGroup"/>, which decides how its key size is judged.</summary>
public enum GroupKind
{
    EllipticCurve,
    FiniteField,
    /// <summary>A pure post-quantum KEM (ML-KEM, FIPS 203).</summary>
    PostQuantum,
    /// <summary>A classical curve combined with a post-quantum KEM (draft-ietf-tls-ecdhe-mlkem).</summary>
    Hybrid,
    /// <summary>RFC 8422 §5.1.1 placeholders for explicit curve parameters (deprecated).</summary>
    Explicit,
}
