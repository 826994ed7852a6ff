namespace Certwatch.X509.Model;

/// <summary>The certificate's signature algorithm: OID, a name ("sha256WithRSAEncryption", "ecdsa-with-SHA384"), and its hash ("SHA256", "SHA1", "MD5"; null for Ed25519).</summary>
public sealed record SignatureAlgorithmInfo(string Oid, string Name, string? Hash)
{
    public override string ToString() => Name;
}
