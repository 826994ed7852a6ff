using Certwatch.X509.Chain;
using Certwatch.X509.Model;

namespace Certwatch.X509.Analysis;

/// <summary>
/// Certwatch's own checks on the certificates of the best path, run in addition to the verifier so the
/// analysis does not depend on how far the verifier got on a broken path: validity dates
/// (RFC 5280 §6.1.3 (a)(2)), RSA/DSA size, SHA-1/MD5 below the anchor, leaf EKU and lifetime. Each
/// produces a <see cref="CertificateProblem"/>; clients decide later which of them they enforce.
/// </summary>
public static class CertificatePolicyChecks
{
    public const string ServerAuthOid = "1.3.6.1.5.5.7.3.1";
    public const string AnyExtendedKeyUsageOid = "2.5.29.37.0";

    public static IEnumerable<CertificateProblem> Check(IReadOnlyList<CertificateInfo> path, bool endsAtAnchor, DateTimeOffset now)
    {
        for (var i = 0; i < path.Count; i++)
        {
            var certificate = path[i];
            var position = PositionOf(i, path.Count, certificate, endsAtAnchor);
            foreach (var problem in CheckOne(certificate, i, position, now))
            {
                yield return problem;
            }
        }
    }

    public static CertificatePosition PositionOf(int index, int count, CertificateInfo certificate, bool endsAtAnchor) =>
        index == 0 ? CertificatePosition.Leaf
        : index == count - 1 && (endsAtAnchor || certificate.IsSelfIssued) ? CertificatePosition.Root
        : CertificatePosition.Intermediate;

    public static bool LacksServerAuth(CertificateInfo leaf) =>
        leaf.ExtendedKeyUsage is { } eku && !eku.Contains(ServerAuthOid) && !eku.Contains(AnyExtendedKeyUsageOid);

    private static IEnumerable<CertificateProblem> CheckOne(CertificateInfo c, int index, CertificatePosition position, DateTimeOffset now)
    {
        CertificateProblem Problem(ProblemKind kind, string message) => new(kind, position, index, c, message);

        if (now > c.NotAfter)
        {
            yield return Problem(ProblemKind.Expired, $"expired {c.NotAfter:yyyy-MM-dd}, {(int)(now - c.NotAfter).TotalDays} days ago");
        }
        if (now < c.NotBefore)
        {
            yield return Problem(ProblemKind.NotYetValid, $"not valid before {c.NotBefore:yyyy-MM-dd HH:mm} UTC");
        }
        if (KeyStrength.IsBelow(c, KeyStrength.RecommendedRsaBits))
        {
            yield return Problem(ProblemKind.WeakKey, $"{c.PublicKey.Algorithm} key of {c.PublicKey.SizeBits} bits; at least {KeyStrength.RecommendedRsaBits} expected");
        }
        // The anchor's own signature is never checked (RFC 5280 §6.1: the trust anchor is an input, not a certificate in the path).
        if (position != CertificatePosition.Root && !c.IsSelfIssued && KeyStrength.HasWeakSignature(c))
        {
            yield return Problem(ProblemKind.WeakSignature, $"signed with {c.SignatureAlgorithm.Name}");
        }
        if (position == CertificatePosition.Leaf && LacksServerAuth(c))
        {
            yield return Problem(ProblemKind.EkuMissingServerAuth, $"extendedKeyUsage {string.Join(", ", c.ExtendedKeyUsage!)} has no serverAuth ({ServerAuthOid})");
        }
        if (position == CertificatePosition.Leaf && (ValidityLimits.ExceedsPublicMaximum(c) || ValidityLimits.ExceedsAppleAllRootsMaximum(c)))
        {
            yield return Problem(ProblemKind.ValidityTooLong, $"valid for {(int)c.Lifetime.TotalDays} days from {c.NotBefore:yyyy-MM-dd}");
        }
    }
}
