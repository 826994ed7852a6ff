using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Checks on the links of a path (RFC 5280 §6.1.3 and §6.1.4): each signature by the next certificate's key,
/// and that every issuer is allowed to issue — CA flag, keyCertSign, pathLenConstraint, and EKU nesting.
/// </summary>
internal static class IssuerChecks
{
    public const string ServerAuthOid = "1.3.6.1.5.5.7.3.1";
    public const string AnyExtendedKeyUsageOid = "2.5.29.37.0";

    /// <summary>RFC 5280 §6.1.3 (a)(1): the signature verifies with the working public key (the issuer's).</summary>
    public static void CheckSignature(PathProblems problems, int index, CertificateInfo certificate, CertificateInfo issuer, SignatureCache signatures)
    {
        var outcome = signatures.Verify(certificate, issuer);
        switch (outcome.Status)
        {
            case SignatureStatus.Invalid:
                problems.Add(ProblemKind.BadSignature, index, $"has a bad signature: {outcome.Detail}");
                break;
            case SignatureStatus.Unsupported:
                problems.Add(ProblemKind.UnsupportedSignatureAlgorithm, index, $"cannot be checked: {outcome.Detail}");
                break;
            case SignatureStatus.BudgetExceeded:
                problems.Add(ProblemKind.BudgetExceeded, index, $"is not trusted: {outcome.Detail}");
                break;
        }
    }

    /// <summary>
    /// RFC 5280 §6.1.4 (k) and (n): an issuer must be a CA, and when keyUsage is present it must assert
    /// keyCertSign. A version 1 anchor has no extensions and is accepted as a CA (legacy roots).
    /// </summary>
    public static void CheckIssuerIsCa(PathProblems problems, int index, CertificateInfo issuer, bool isAnchor)
    {
        if (!issuer.IsCa && !(isAnchor && issuer.Version < 3))
        {
            var found = issuer.BasicConstraints is null ? "has no basicConstraints extension" : "has basicConstraints cA=FALSE";
            problems.Add(ProblemKind.NotACa, index, $"issues certificates but {found}; an issuer must be a CA (basicConstraints cA=TRUE, RFC 5280 §4.2.1.9)");
        }

        if (issuer.KeyUsage is { } usages && !Has(usages, "keyCertSign"))
        {
            problems.Add(ProblemKind.IssuerKeyUsageMissingCertSign, index,
                $"issues certificates but its keyUsage ({string.Join(", ", usages)}) lacks keyCertSign (RFC 5280 §4.2.1.3)");
        }
    }

    /// <summary>
    /// RFC 5280 §6.1.4 (l)(m): an issuer's pathLenConstraint limits the number of non-self-issued
    /// intermediate CA certificates below it (the leaf is not counted).
    /// </summary>
    public static void CheckPathLength(PathProblems problems, int index, IReadOnlyList<CertificateInfo> path)
    {
        if (path[index].BasicConstraints is not { IsCa: true, PathLength: { } limit })
        {
            return;
        }

        var below = 0;
        for (var i = 1; i < index; i++)
        {
            below += path[i].IsSelfIssued ? 0 : 1;
        }

        if (below > limit)
        {
            problems.Add(ProblemKind.PathLengthExceeded, index,
                $"has pathLenConstraint {limit}, so at most {limit} intermediate CA certificate(s) may follow it, but the path has {below}");
        }
    }

    /// <summary>
    /// The verifier's own depth limit (<see cref="VerificationPolicy.MaxChainDepth"/>): like pathLenConstraint,
    /// it counts the logical (non-self-issued) intermediates between the leaf and the last certificate.
    /// </summary>
    public static void CheckChainDepth(PathProblems problems, IReadOnlyList<CertificateInfo> path, int? maxDepth)
    {
        if (maxDepth is not { } limit || path.Count < 3)
        {
            return;
        }

        var intermediates = 0;
        for (var i = 1; i < path.Count - 1; i++)
        {
            intermediates += path[i].IsSelfIssued ? 0 : 1;
        }

        if (intermediates > limit)
        {
            problems.Add(ProblemKind.PathLengthExceeded, path.Count - 2,
                $"is intermediate number {intermediates} of the path, but the verifier allows at most {limit} (maximum chain depth)");
        }
    }

    /// <summary>An intermediate whose EKU lacks serverAuth (and anyExtendedKeyUsage) constrains the leaf below it (Chrome, Firefox, Go EKU nesting).</summary>
    public static void CheckIntermediateEku(PathProblems problems, int index, CertificateInfo intermediate, string requiredEku)
    {
        if (intermediate.ExtendedKeyUsage is { } ekus && !Allows(ekus, requiredEku))
        {
            problems.Add(ProblemKind.EkuMissingServerAuth, index,
                $"has extendedKeyUsage {ExtendedKeyUsageNames.Describe(ekus)} without {ExtendedKeyUsageNames.Describe([requiredEku])}, so certificates below it cannot be used for {PurposeText(requiredEku)}");
        }
    }

    public static bool AllowsServerAuth(IReadOnlyList<string> ekus) => Allows(ekus, ServerAuthOid);

    public static bool Allows(IReadOnlyList<string> ekus, string purpose) =>
        ekus.Contains(purpose, StringComparer.Ordinal) || ekus.Contains(AnyExtendedKeyUsageOid, StringComparer.Ordinal);

    public static string PurposeText(string purpose) => purpose switch
    {
        ServerAuthOid => "TLS servers",
        VerificationPolicy.ClientAuthEku => "TLS clients",
        _ => $"purpose {purpose}",
    };

    public static bool Has(IReadOnlyList<string> usages, string name) => usages.Contains(name, StringComparer.OrdinalIgnoreCase);
}
