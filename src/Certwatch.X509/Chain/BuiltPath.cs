using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>A path as the builder produced it (leaf first), before any checks, and why it ended.</summary>
internal sealed record BuiltPath(IReadOnlyList<CertificateInfo> Certificates, PathEnd End)
{
    public CertificatePosition PositionOf(int index)
    {
        if (index == 0)
        {
            return CertificatePosition.Leaf;
        }

        var endsAtRoot = End is PathEnd.TrustAnchor or PathEnd.SelfSigned;
        return index == Certificates.Count - 1 && endsAtRoot ? CertificatePosition.Root : CertificatePosition.Intermediate;
    }

    /// <summary>True for the last certificate of a path that ends at a trust anchor: its own signature is not checked.</summary>
    public bool IsAnchor(int index) => End == PathEnd.TrustAnchor && index == Certificates.Count - 1;
}
