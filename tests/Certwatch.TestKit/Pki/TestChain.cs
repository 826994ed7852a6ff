namespace Certwatch.TestKit.Pki;

/// <summary>A root, one intermediate and a leaf issued by it.</summary>
public sealed record TestChain(IssuedCertificate Root, IssuedCertificate Intermediate, IssuedCertificate Leaf)
{
    /// <summary>What a correctly configured server sends: leaf then intermediate.</summary>
    public IReadOnlyList<IssuedCertificate> Served => [Leaf, Intermediate];
}
