using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>Checks that only apply to the end-entity certificate of a TLS server.</summary>
internal static class LeafChecks
{
    public static void Check(PathProblems problems, CertificateInfo leaf, VerificationPolicy policy)
    {
        // RFC 5280 §4.2.1.12: EKU absent means any purpose; present, it must allow the purpose or anyExtendedKeyUsage.
        if (leaf.ExtendedKeyUsage is { } ekus && !IssuerChecks.Allows(ekus, policy.RequiredEku))
        {
            problems.Add(ProblemKind.EkuMissingServerAuth, 0,
                $"has extendedKeyUsage {ExtendedKeyUsageNames.Describe(ekus)} without {ExtendedKeyUsageNames.Describe([policy.RequiredEku])}; it cannot be used for {IssuerChecks.PurposeText(policy.RequiredEku)}");
        }

        // RFC 5246 §7.4.2 / RFC 8446 §4.4.2.2: a TLS server key signs (digitalSignature) or decrypts (keyEncipherment).
        if (leaf.KeyUsage is { } usages && !IssuerChecks.Has(usages, "digitalSignature") && !IssuerChecks.Has(usages, "keyEncipherment"))
        {
            problems.Add(ProblemKind.LeafKeyUsageIncompatible, 0,
                $"has keyUsage {string.Join(", ", usages)} without digitalSignature or keyEncipherment; a TLS server key needs one of them");
        }

        // mozilla::pkix CheckBasicConstraints: a CA certificate is not trusted as an end entity.
        if (leaf.IsCa)
        {
            problems.Add(ProblemKind.CaUsedAsEndEntity, 0,
                "is a CA certificate (basicConstraints cA=TRUE) but is used as the server's end-entity certificate");
        }
    }
}
