using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;

namespace Certwatch.X509.Tests.Chain;

/// <summary>The generated PKIs of the verifier table (fixed time <see cref="ChainScenario.Now"/> = 2026-06-01).</summary>
internal static class ChainScenarios
{
    public const string Host = "a.test";
    public const string RootName = "CN=Certwatch Test Root, O=Certwatch Tests";
    public const string IntermediateName = "CN=Certwatch Test Intermediate, O=Certwatch Tests";

    private static readonly DateTimeOffset Now = ChainScenario.Now;

    // Shared keys keep the table fast; certificates that must differ in key use their own.
    private static readonly Lazy<TestKey> RootKey = new(() => TestKey.Rsa(2048));
    private static readonly Lazy<TestKey> IntermediateKey = new(() => TestKey.Rsa(2048));
    private static readonly Lazy<TestKey> LeafKey = new(() => TestKey.Rsa(2048));
    private static readonly Lazy<TestKey> OtherKey = new(() => TestKey.Rsa(2048));

    public static IReadOnlyDictionary<string, Func<ChainScenario>> Valid { get; } = new Dictionary<string, Func<ChainScenario>>
    {
        ["leaf and intermediate served"] = () => Valid3(Chain()),
        ["root also served"] = () => Send(Chain(), c => [c.Leaf, c.Intermediate, c.Root]),
        ["served out of order with two intermediates"] = ServedOutOfOrder,
        ["expired cross-sign tried first, valid path found"] = CrossSignedIntermediate,
        ["expired cross-signed root served, anchor preferred"] = CrossSignedRoot,
        ["ECDSA P-256 chain"] = () => Valid3(EcChain(TestKey.EcP256, HashAlgorithmName.SHA256)),
        ["ECDSA P-384 chain"] = () => Valid3(EcChain(TestKey.EcP384, HashAlgorithmName.SHA384)),
        ["RSA-PSS signatures"] = () => Valid3(Chain(intermediate: s => s with { UseRsaPss = true }, leaf: s => s with { UseRsaPss = true })),
        ["CN-only leaf, SAN not required"] = () => Valid3(Chain(leaf: s => s with { Subject = "CN=" + Host, DnsNames = [] })) with
        {
            Policy = VerificationPolicy.Strict with { RequireSan = false },
        },
        ["leaf EKU anyExtendedKeyUsage"] = () => Valid3(Chain(leaf: s => s with { ExtendedKeyUsages = ["2.5.29.37.0"] })),
        ["self-signed leaf trusted directly"] = SelfSignedLeafTrusted,
        ["re-issued self-signed leaf, trusted by subject and key"] = ReissuedSelfSignedLeaf,
        ["SHA-1 leaf, SHA-1 allowed"] = () => Valid3(Chain(leaf: s => s with { SignatureHash = HashAlgorithmName.SHA1 })) with
        {
            Policy = VerificationPolicy.Strict with { RejectSha1 = false },
        },
    };

    public static IReadOnlyDictionary<string, Func<ChainScenario>> Failing { get; } = new Dictionary<string, Func<ChainScenario>>
    {
        ["expired leaf"] = () => Fails(Chain(leaf: s => s with { NotAfter = Now.AddDays(-3) }), ProblemKind.Expired, CertificatePosition.Leaf, "expired 2026-05-29", "3 days ago"),
        ["not yet valid leaf"] = () => Fails(Chain(leaf: s => s with { NotBefore = Now.AddDays(2) }), ProblemKind.NotYetValid, CertificatePosition.Leaf, "2026-06-03", "in 2 days"),
        ["expired intermediate"] = () => Fails(Chain(intermediate: s => s with { NotAfter = Now.AddDays(-10) }), ProblemKind.Expired, CertificatePosition.Intermediate, "Certwatch Test Intermediate", "expired 2026-05-22", "10 days ago"),
        ["expired root anchor"] = () => Fails(Chain(root: s => s with { NotBefore = Now.AddYears(-20), NotAfter = Now.AddDays(-1) }), ProblemKind.Expired, CertificatePosition.Root, "Certwatch Test Root", "expired 2026-05-31", "1 day ago"),
        ["missing intermediate"] = MissingIntermediate,
        ["untrusted root"] = UntrustedRoot,
        ["root neither sent nor trusted"] = MissingRoot,
        ["self-signed leaf"] = SelfSignedLeaf,
        ["intermediate with cA=FALSE"] = () => Fails(Chain(intermediate: s => s with { BasicConstraints = BasicConstraintsSpec.EndEntity }), ProblemKind.NotACa, CertificatePosition.Intermediate, "cA=FALSE", "Certwatch Test Intermediate"),
        ["intermediate without basicConstraints"] = () => Fails(Chain(intermediate: s => s with { BasicConstraints = null }), ProblemKind.NotACa, CertificatePosition.Intermediate, "no basicConstraints"),
        ["intermediate without keyCertSign"] = () => Fails(Chain(intermediate: s => s with { KeyUsage = X509KeyUsageFlags.DigitalSignature }), ProblemKind.IssuerKeyUsageMissingCertSign, CertificatePosition.Intermediate, "keyCertSign"),
        ["pathLen 0 with two intermediates"] = PathLengthExceeded,
        ["leaf EKU clientAuth only"] = () => Fails(Chain(leaf: s => s with { ExtendedKeyUsages = [TestOids.ClientAuth] }), ProblemKind.EkuMissingServerAuth, CertificatePosition.Leaf, TestOids.ClientAuth, TestOids.ServerAuth),
        ["intermediate EKU clientAuth only"] = () => Fails(Chain(intermediate: s => s with { ExtendedKeyUsages = [TestOids.ClientAuth] }), ProblemKind.EkuMissingServerAuth, CertificatePosition.Intermediate, TestOids.ClientAuth),
        ["leaf keyUsage keyCertSign only"] = () => Fails(Chain(leaf: s => s with { KeyUsage = X509KeyUsageFlags.KeyCertSign }), ProblemKind.LeafKeyUsageIncompatible, CertificatePosition.Leaf, "digitalSignature"),
        ["SHA-1 leaf"] = () => Fails(Chain(leaf: s => s with { SignatureHash = HashAlgorithmName.SHA1 }), ProblemKind.WeakSignature, CertificatePosition.Leaf, "SHA-1"),
        ["RSA-1024 leaf"] = () => Fails(Chain(leaf: s => s with { Key = TestKey.Rsa(1024) }), ProblemKind.WeakKey, CertificatePosition.Leaf, "1024-bit", "2048"),
        ["RSA-1024 root anchor"] = () => Fails(Chain(root: s => s with { Key = TestKey.Rsa(1024) }), ProblemKind.WeakKey, CertificatePosition.Root, "1024-bit"),
        ["unknown critical extension"] = () => Fails(Chain(leaf: s => s with { ExtraExtensions = [new X509Extension("1.3.6.1.4.1.99999.1", [0x05, 0x00], critical: true)] }), ProblemKind.UnknownCriticalExtension, CertificatePosition.Leaf, "1.3.6.1.4.1.99999.1"),
        ["leaf with cA=TRUE"] = () => Fails(Chain(leaf: s => s with { BasicConstraints = BasicConstraintsSpec.Ca() }), ProblemKind.CaUsedAsEndEntity, CertificatePosition.Leaf, "cA=TRUE"),
        ["signed by another key with the issuer's name"] = BadSignature,
        ["name mismatch"] = () => Fails(Chain(), ProblemKind.NameMismatch, CertificatePosition.Leaf, Host, "b.test") with { ExpectedName = "b.test" },
        ["CN-only leaf, SAN required"] = () => Fails(Chain(leaf: s => s with { Subject = "CN=" + Host, DnsNames = [] }), ProblemKind.CommonNameOnly, CertificatePosition.Leaf, Host, "subject CN"),
    };

    public static TestChain Chain(
        Func<CertificateSpec, CertificateSpec>? root = null,
        Func<CertificateSpec, CertificateSpec>? intermediate = null,
        Func<CertificateSpec, CertificateSpec>? leaf = null) =>
        TestPki.CreateChain(Host, Now,
            root: s => (root ?? (x => x))(s with { Key = RootKey.Value }),
            intermediate: s => (intermediate ?? (x => x))(s with { Key = IntermediateKey.Value }),
            leaf: s => (leaf ?? (x => x))(s with { Key = LeafKey.Value }));

    private static TestChain EcChain(Func<TestKey> key, HashAlgorithmName hash) => TestPki.CreateChain(Host, Now,
        root: s => s with { Key = key(), SignatureHash = hash },
        intermediate: s => s with { Key = key(), SignatureHash = hash },
        leaf: s => s with { Key = key(), SignatureHash = hash });

    private static ChainScenario Valid3(TestChain chain) =>
        new(chain.Served, [chain.Root]) { ExpectedPath = [chain.Leaf, chain.Intermediate, chain.Root] };

    private static ChainScenario Send(TestChain chain, Func<TestChain, IReadOnlyList<IssuedCertificate>> served) =>
        Valid3(chain) with { Served = served(chain) };

    private static ChainScenario Fails(TestChain chain, ProblemKind kind, CertificatePosition position, params string[] facts) =>
        new(chain.Served, [chain.Root], kind, position, facts);

    private static ChainScenario ServedOutOfOrder()
    {
        var root = TestPki.RootSpec(RootName, Now, RootKey.Value).Issue();
        var upper = (TestPki.IntermediateSpec("CN=Upper CA", root, Now, OtherKey.Value) with { BasicConstraints = BasicConstraintsSpec.Ca(1) }).Issue();
        var lower = TestPki.IntermediateSpec("CN=Lower CA", upper, Now, IntermediateKey.Value).Issue();
        var leaf = TestPki.LeafSpec(Host, lower, Now, LeafKey.Value).Issue();
        return new([leaf, upper, root, lower], [root]) { ExpectedPath = [leaf, lower, upper, root] };
    }

    private static ChainScenario CrossSignedIntermediate()
    {
        var oldRoot = TestPki.RootSpec("CN=Old Root", Now, OtherKey.Value).Issue();
        var newRoot = TestPki.RootSpec("CN=New Root", Now, RootKey.Value).Issue();
        var expiredCross = (TestPki.IntermediateSpec(IntermediateName, oldRoot, Now, IntermediateKey.Value) with { NotAfter = Now.AddDays(-5) }).Issue();
        var current = TestPki.IntermediateSpec(IntermediateName, newRoot, Now, IntermediateKey.Value).Issue();
        var leaf = TestPki.LeafSpec(Host, current, Now, LeafKey.Value).Issue();
        return new([leaf, expiredCross, current], [oldRoot, newRoot]) { ExpectedPath = [leaf, current, newRoot] };
    }

    private static ChainScenario CrossSignedRoot()
    {
        var oldRoot = TestPki.RootSpec("CN=Old Root", Now, OtherKey.Value).Issue();
        var newRoot = TestPki.RootSpec("CN=New Root", Now, RootKey.Value).Issue();
        var newRootCrossSigned = (TestPki.IntermediateSpec("CN=New Root", oldRoot, Now, RootKey.Value) with { BasicConstraints = BasicConstraintsSpec.Ca(), NotAfter = Now.AddDays(-1) }).Issue();
        var intermediate = TestPki.IntermediateSpec(IntermediateName, newRoot, Now, IntermediateKey.Value).Issue();
        var leaf = TestPki.LeafSpec(Host, intermediate, Now, LeafKey.Value).Issue();
        return new([leaf, intermediate, newRootCrossSigned], [oldRoot, newRoot]) { ExpectedPath = [leaf, intermediate, newRoot] };
    }

    private static ChainScenario MissingIntermediate()
    {
        var chain = Chain();
        return new([chain.Leaf], [chain.Root], ProblemKind.IssuerNotFound, CertificatePosition.Leaf, ["Certwatch Test Intermediate", TestPki.DefaultCaIssuersUrl]);
    }

    private static ChainScenario UntrustedRoot()
    {
        var chain = Chain();
        var otherRoot = TestPki.RootSpec("CN=Some Other Root", Now, OtherKey.Value).Issue();
        return new([chain.Leaf, chain.Intermediate, chain.Root], [otherRoot], ProblemKind.UntrustedRoot, CertificatePosition.Root, ["Certwatch Test Root", "test roots"]);
    }

    private static ChainScenario SelfSignedLeafTrusted()
    {
        var leaf = (TestPki.LeafSpec(Host, null!, Now, LeafKey.Value) with { Issuer = null }).Issue();
        return new([leaf], [leaf]) { ExpectedPath = [leaf] };
    }

    private static ChainScenario ReissuedSelfSignedLeaf()
    {
        var spec = TestPki.LeafSpec(Host, null!, Now, LeafKey.Value) with { Issuer = null };
        var trusted = (spec with { NotBefore = Now.AddDays(-400), NotAfter = Now.AddDays(-35) }).Issue();
        var renewed = spec.Issue();
        return new([renewed], [trusted]) { ExpectedPath = [renewed] };
    }

    private static ChainScenario MissingRoot()
    {
        var chain = Chain();
        var otherRoot = TestPki.RootSpec("CN=Some Other Root", Now, OtherKey.Value).Issue();
        return new(chain.Served, [otherRoot], ProblemKind.IssuerNotFound, CertificatePosition.Intermediate, ["Certwatch Test Root", "test roots", "no AIA"]);
    }

    private static ChainScenario SelfSignedLeaf()
    {
        var leaf = (TestPki.LeafSpec(Host, null!, Now, LeafKey.Value) with { Issuer = null }).Issue();
        var root = TestPki.RootSpec(RootName, Now, RootKey.Value).Issue();
        return new([leaf], [root], ProblemKind.SelfSignedLeaf, CertificatePosition.Leaf, [Host, "self-signed"]);
    }

    private static ChainScenario PathLengthExceeded()
    {
        var root = TestPki.RootSpec(RootName, Now, RootKey.Value).Issue();
        var upper = TestPki.IntermediateSpec("CN=Upper CA", root, Now, OtherKey.Value).Issue();
        var lower = TestPki.IntermediateSpec("CN=Lower CA", upper, Now, IntermediateKey.Value).Issue();
        var leaf = TestPki.LeafSpec(Host, lower, Now, LeafKey.Value).Issue();
        return new([leaf, lower, upper], [root], ProblemKind.PathLengthExceeded, CertificatePosition.Intermediate, ["Upper CA", "pathLenConstraint 0", "the path has 1"]);
    }

    private static ChainScenario BadSignature()
    {
        var chain = Chain();
        var impostor = TestPki.IntermediateSpec(IntermediateName, chain.Root, Now, OtherKey.Value).Issue();
        var leaf = TestPki.LeafSpec(Host, impostor, Now, LeafKey.Value).Issue();
        return new([leaf, chain.Intermediate], [chain.Root], ProblemKind.BadSignature, CertificatePosition.Leaf, ["Certwatch Test Intermediate", "does not verify"]);
    }
}
