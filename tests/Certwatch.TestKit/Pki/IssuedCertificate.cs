using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.X509.Model;

namespace Certwatch.TestKit.Pki;

/// <summary>A signed test certificate with its private key, in the forms tests and lab servers need.</summary>
public sealed class IssuedCertificate
{
    private CertificateInfo? _info;

    internal IssuedCertificate(X509Certificate2 certificate, byte[] der, TestKey key)
    {
        Certificate = certificate;
        Der = der;
        Key = key;
        Pem = PemEncoding.WriteString("CERTIFICATE", der) + "\n";
    }

    /// <summary>Carries the private key, reloaded from PKCS#12 so SslStream can use it on Linux (none when the spec set SubjectPublicKey).</summary>
    public X509Certificate2 Certificate { get; }

    public byte[] Der { get; }

    public TestKey Key { get; }

    public string Pem { get; }

    public string Subject => Certificate.Subject;

    /// <summary>The certificate as Certwatch's parser sees it.</summary>
    public CertificateInfo Info => _info ??= Parse();

    /// <summary>The public certificate without its key, as a client would receive it.</summary>
    public X509Certificate2 PublicOnly() => X509CertificateLoader.LoadCertificate(Der);

    public override string ToString() => Subject;

    private CertificateInfo Parse() => CertificateParser.TryParse(Der, out var info, out var error)
        ? info!
        : throw new InvalidOperationException($"test certificate does not parse: {error}");
}
