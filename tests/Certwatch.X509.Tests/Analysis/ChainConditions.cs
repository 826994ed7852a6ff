using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Names;
using static Certwatch.X509.Tests.Analysis.HandMadeChain;

namespace Certwatch.X509.Tests.Analysis;

/// <summary>One hand-made chain per condition of client-errors.md §1, by name.</summary>
internal static class ChainConditions
{
    public static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) Build(string condition)
    {
        var leaf = Leaf();
        var intermediate = Intermediate();
        var root = Root();
        return condition switch
        {
            "ok" => Good(),
            "leaf-expired" => Anchored(leaf with { NotBefore = Now.AddDays(-93), NotAfter = Now.AddDays(-3) }, intermediate, root),
            "leaf-not-yet-valid" => Anchored(leaf with { NotBefore = Now.AddDays(2) }, intermediate, root),
            "intermediate-expired" => Anchored(leaf, intermediate with { NotAfter = Now.AddDays(-10) }, root),
            "missing-intermediate" => MakeChain([leaf], [leaf], endsAtAnchor: false),
            "missing-intermediate-aia" => Missing(leaf with { CaIssuersUrls = ["http://ca.example/int.der"] }),
            "untrusted-root" => MakeChain([leaf, intermediate, root], [leaf, intermediate, root], endsAtAnchor: false),
            "self-signed" => SelfSigned(),
            "name-mismatch" => WithName(Good(), new NameMatch("b.example.com", false, false, ["example.com", "www.example.com"])),
            "cn-only" => CnOnly(),
            "sha1" => Anchored(leaf with { SignatureAlgorithm = new("1.2.840.113549.1.1.5", "sha1WithRSAEncryption", "SHA1") }, intermediate, root),
            "rsa-1024" => Anchored(leaf with { PublicKey = new("RSA", 1024, null, "1.2.840.113549.1.1.1") }, intermediate, root),
            "rsa-512" => Anchored(leaf with { PublicKey = new("RSA", 512, null, "1.2.840.113549.1.1.1") }, intermediate, root),
            "eku-missing" => Anchored(leaf with { ExtendedKeyUsage = ["1.3.6.1.5.5.7.3.2"] }, intermediate, root),
            "not-a-ca" => WithProblem(ProblemKind.NotACa, 1),
            "path-len" => WithProblem(ProblemKind.PathLengthExceeded, 1),
            "unknown-critical" => WithProblem(ProblemKind.UnknownCriticalExtension, 0),
            "bad-signature" => WithProblem(ProblemKind.BadSignature, 0),
            "name-constraint" => WithProblem(ProblemKind.NameConstraintViolation, 0),
            "validity-too-long" => Anchored(leaf with { NotBefore = Now.AddDays(-10), NotAfter = Now.AddDays(490) }, intermediate, root),
            "reused-serial" => Reused(),
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, null),
        };
    }

    public static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) Anchored(CertificateInfo leaf, CertificateInfo intermediate, CertificateInfo root) =>
        MakeChain([leaf, intermediate], [leaf, intermediate, root], endsAtAnchor: true);

    public static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) WithName(
        (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) chain, NameMatch name) =>
        (chain.Served, chain.Validation with { NameMatch = name });

    private static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) Missing(CertificateInfo leaf) =>
        MakeChain([leaf], [leaf], endsAtAnchor: false, [Problem(ProblemKind.IssuerNotFound, leaf, 0)]);

    private static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) SelfSigned()
    {
        var leaf = Cert("www.example.com", "www.example.com", "01", "www.example.com");
        return MakeChain([leaf], [leaf], endsAtAnchor: false);
    }

    private static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) CnOnly()
    {
        var leaf = Cert("www.example.com", "Test Intermediate", "11") with { ExtendedKeyUsage = ["1.3.6.1.5.5.7.3.1"], BasicConstraints = null };
        return MakeChain([leaf, Intermediate()], [leaf, Intermediate(), Root()], endsAtAnchor: true,
            name: new NameMatch("www.example.com", false, false, []));
    }

    private static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) WithProblem(ProblemKind kind, int index)
    {
        IReadOnlyList<CertificateInfo> path = [Leaf(), Intermediate(), Root()];
        return MakeChain([path[0], path[1]], path, endsAtAnchor: true, [Problem(kind, path[index], index)]);
    }

    private static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) Reused()
    {
        var leaf = Leaf();
        var other = Cert("old.example.com", "Test Intermediate", leaf.SerialNumber, "old.example.com");
        return MakeChain([leaf, Intermediate(), other], [leaf, Intermediate(), Root()], endsAtAnchor: true);
    }
}
