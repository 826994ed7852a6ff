using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.Lab;

/// <summary>
/// The lab's certificate authorities, all issued from one fixed time: a trusted root with an issuing
/// intermediate (the anchor users pass with <c>--ca-file</c>), and a second root that is trusted by nobody.
/// RSA key generation is slow (about a second each on a small machine), so the leaves share one RSA 2048
/// key and the extra CAs use ECDSA P-256; only the main root and intermediate get RSA keys of their own.
/// </summary>
public sealed class LabPki
{
    public const string RootSubject = "CN=Certwatch Lab Root, O=Certwatch Lab";
    public const string IntermediateSubject = "CN=Certwatch Lab Issuing CA, O=Certwatch Lab";

    private readonly Lazy<IssuedCertificate> _untrustedRoot;
    private readonly Lazy<IssuedCertificate> _untrustedIntermediate;

    public LabPki(DateTimeOffset now)
    {
        Now = now;
        Root = TestPki.RootSpec(RootSubject, now).Issue();
        Intermediate = TestPki.IntermediateSpec(IntermediateSubject, Root, now).Issue();
        _untrustedRoot = new(() => TestPki.RootSpec("CN=Certwatch Lab Untrusted Root, O=Nobody Trusts Me", now, TestKey.EcP256()).Issue());
        _untrustedIntermediate = new(() => TestPki.IntermediateSpec("CN=Certwatch Lab Untrusted Issuing CA, O=Nobody Trusts Me", UntrustedRoot, now, TestKey.EcP256()).Issue());
    }

    /// <summary>The time every certificate's validity is set from; check with <c>--at</c> this time for stable results.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The lab's trust anchor.</summary>
    public IssuedCertificate Root { get; }

    /// <summary>Issues the lab's leaves (pathLen 0).</summary>
    public IssuedCertificate Intermediate { get; }

    /// <summary>A root outside the lab trust store.</summary>
    public IssuedCertificate UntrustedRoot => _untrustedRoot.Value;

    public IssuedCertificate UntrustedIntermediate => _untrustedIntermediate.Value;

    /// <summary>The RSA 2048 key lab leaves share unless a scenario sets its own.</summary>
    public TestKey LeafKey { get; } = TestKey.Rsa(2048);

    /// <summary>A leaf for <paramref name="host"/> from the lab intermediate, edited by <paramref name="customize"/>.</summary>
    public IssuedCertificate Leaf(string host, Func<CertificateSpec, CertificateSpec>? customize = null, IssuedCertificate? issuer = null)
    {
        var spec = TestPki.LeafSpec(host, issuer ?? Intermediate, Now, LeafKey);
        return (customize is null ? spec : customize(spec)).Issue();
    }

    /// <summary>An intermediate under the lab root (or <paramref name="issuer"/>), edited by <paramref name="customize"/>.</summary>
    public IssuedCertificate IntermediateCa(string subject, Func<CertificateSpec, CertificateSpec>? customize = null, IssuedCertificate? issuer = null)
    {
        var spec = TestPki.IntermediateSpec(subject, issuer ?? Root, Now, TestKey.EcP256());
        return (customize is null ? spec : customize(spec)).Issue();
    }
}
