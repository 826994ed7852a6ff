using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Runs every check on one built path and records every problem found, not just the first
/// (unlike webpki and mozilla::pkix, which stop at the first error, Certwatch must explain all of them).
/// </summary>
internal sealed class PathChecker
{
    private readonly VerificationRequest _request;
    private readonly IssuerSources _sources;
    private readonly SignatureCache _signatures;

    public PathChecker(VerificationRequest request, IssuerSources sources, SignatureCache signatures)
    {
        _request = request;
        _sources = sources;
        _signatures = signatures;
    }

    public IReadOnlyList<CertificateProblem> Check(BuiltPath path)
    {
        var problems = new PathProblems(path);
        var certificates = path.Certificates;
        for (var index = 0; index < certificates.Count; index++)
        {
            CheckCertificate(problems, path, index);
        }

        LeafChecks.Check(problems, certificates[0], _request.Policy);
        IssuerChecks.CheckChainDepth(problems, certificates, _request.Policy.MaxChainDepth);
        NameConstraintChecks.Check(problems, certificates);
        CheckEnd(problems, path);
        return problems.Items;
    }

    private void CheckCertificate(PathProblems problems, BuiltPath path, int index)
    {
        var certificate = path.Certificates[index];
        var isLast = index == path.Certificates.Count - 1;
        var policy = _request.Policy;
        CertificateChecks.CheckValidity(problems, index, certificate, _request.ValidationTime);
        CertificateChecks.CheckCriticalExtensions(problems, index, certificate);
        CertificateChecks.CheckKey(problems, index, certificate, policy);

        // An anchor's or a self-signed root's own signature vouches for nothing, so its hash does not matter.
        if (!(isLast && path.End is PathEnd.TrustAnchor or PathEnd.SelfSigned))
        {
            CertificateChecks.CheckSignatureHash(problems, index, certificate, policy);
        }

        if (!isLast)
        {
            IssuerChecks.CheckSignature(problems, index, certificate, path.Certificates[index + 1], _signatures);
        }

        if (index > 0)
        {
            IssuerChecks.CheckIssuerIsCa(problems, index, certificate, path.IsAnchor(index));
            IssuerChecks.CheckPathLength(problems, index, path.Certificates);
            if (!path.IsAnchor(index))
            {
                IssuerChecks.CheckIntermediateEku(problems, index, certificate, policy.RequiredEku);
            }
        }
    }

    private void CheckEnd(PathProblems problems, BuiltPath path)
    {
        var last = path.Certificates.Count - 1;
        var certificate = path.Certificates[last];
        var store = _request.TrustStore.Name;
        switch (path.End)
        {
            case PathEnd.SelfSigned when last == 0:
                problems.Add(ProblemKind.SelfSignedLeaf, 0, $"is self-signed and not in trust store '{store}'; no trusted CA vouches for it");
                break;
            case PathEnd.SelfSigned:
                problems.Add(ProblemKind.UntrustedRoot, last, $"is a self-signed root that is not in trust store '{store}'");
                break;
            case PathEnd.IssuerNotFound:
                problems.Add(ProblemKind.IssuerNotFound, last, DescribeMissingIssuer(certificate, store));
                break;
            case PathEnd.BudgetExceeded:
                problems.Add(ProblemKind.BudgetExceeded, last,
                    $"is where path building stopped: the budget ({_request.Policy.MaxPathBuildCalls} build steps, {ChainVerifier.MaxSignatureChecks} signature checks) ran out before a trust anchor was reached (too many candidate issuers)");
                break;
        }
    }

    private string DescribeMissingIssuer(CertificateInfo certificate, string store)
    {
        var where = _sources.IssuersOf(certificate).Count > 0
            ? $"only certificates already in this path are named '{certificate.Issuer}'"
            : $"its issuer '{certificate.Issuer}' is neither among the {_request.Served.Count} served certificate(s) nor in trust store '{store}'";
        var aia = certificate.CaIssuersUrls.Count > 0
            ? $"; its AIA CA Issuers URL is {string.Join(", ", certificate.CaIssuersUrls)} (Chrome and Safari fetch it; OpenSSL, curl, Go and Java do not) — the server should send this intermediate"
            : "; it has no AIA CA Issuers URL, so no client can fetch the missing issuer";
        return $"cannot be chained: {where}{aia}";
    }
}
