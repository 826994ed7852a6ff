using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.TestKit.Pki;

/// <summary>
/// A freshly generated key pair for a test certificate. Weak sizes (RSA 512/1024) are allowed on
/// purpose: the weak-key findings need them.
/// </summary>
public sealed class TestKey
{
    private TestKey(AsymmetricAlgorithm algorithm, string description)
    {
        Algorithm = algorithm;
        Description = description;
    }

    public AsymmetricAlgorithm Algorithm { get; }

    /// <summary>"RSA 2048", "EC P-256".</summary>
    public string Description { get; }

    public RSA? RsaKey => Algorithm as RSA;

    public ECDsa? EcKey => Algorithm as ECDsa;

    public PublicKey PublicKey => new(Algorithm);

    public static TestKey Rsa(int bits) => new(RSA.Create(bits), $"RSA {bits}");

    public static TestKey EcP256() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256), "EC P-256");

    public static TestKey EcP384() => new(ECDsa.Create(ECCurve.NamedCurves.nistP384), "EC P-384");

    public static TestKey EcP521() => new(ECDsa.Create(ECCurve.NamedCurves.nistP521), "EC P-521");

    /// <summary>Attaches this private key to a public certificate.</summary>
    public X509Certificate2 AttachTo(X509Certificate2 certificate) => Algorithm switch
    {
        RSA rsa => certificate.CopyWithPrivateKey(rsa),
        ECDsa ec => certificate.CopyWithPrivateKey(ec),
        _ => throw new NotSupportedException(Description),
    };

    public override string ToString() => Description;
}
