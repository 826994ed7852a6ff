namespace Certwatch.X509.Model;

/// <summary>The subject public key: algorithm ("RSA", "EC", "Ed25519", "DSA"…), size in bits, and the named curve for EC.</summary>
public sealed record PublicKeyInfo(string Algorithm, int SizeBits, string? Curve, string AlgorithmOid)
{
    public override string ToString() => Curve is null ? $"{Algorithm} {SizeBits}" : $"{Algorithm} {Curve}";
}
