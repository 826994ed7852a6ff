using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.Lab;

/// <summary>What one lab server sends: the leaf (with key), then <paramref name="Rest"/> exactly in this order.</summary>
/// <param name="StrictTransportSecurity">Sent on HTTP responses when set.</param>
public sealed record ServedChain(IssuedCertificate Leaf, IReadOnlyList<IssuedCertificate> Rest, string? StrictTransportSecurity = null)
{
    /// <summary>Leaf first, as on the wire.</summary>
    public IReadOnlyList<IssuedCertificate> All => [Leaf, .. Rest];
}
