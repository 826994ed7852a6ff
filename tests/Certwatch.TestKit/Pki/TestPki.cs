using System.Security.Cryptography.X509Certificates;

namespace Certwatch.TestKit.Pki;

/// <summary>Ready-made specs and a root → intermediate → leaf chain with realistic defaults.</summary>
public static class TestPki
{
    /// <summary>The leaf's CA Issuers URL: port 1 on loopback refuses, so nothing is ever fetched by accident.</summary>
    public const string DefaultCaIssuersUrl = "http://127.0.0.1:1/intermediate.crt";

    /// <summary>A self-signed root CA valid for 10 years from a year before <paramref name="now"/>.</summary>
    public static CertificateSpec RootSpec(string subject, DateTimeOffset now, TestKey? key = null) => new()
    {
        Subject = subject,
        NotBefore = now.AddYears(-1),
        NotAfter = now.AddYears(9),
        Key = key,
        BasicConstraints = BasicConstraintsSpec.Ca(),
        KeyUsage = X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign,
    };

    /// <summary>An intermediate CA valid for 5 years, pathLen 0.</summary>
    public static CertificateSpec IntermediateSpec(string subject, IssuedCertificate issuer, DateTimeOffset now, TestKey? key = null) => new()
    {
        Subject = subject,
        Issuer = issuer,
        NotBefore = now.AddYears(-1),
        NotAfter = now.AddYears(4),
        Key = key,
        BasicConstraints = BasicConstraintsSpec.Ca(0),
        KeyUsage = X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature,
    };

    /// <summary>A TLS server leaf for <paramref name="host"/>, valid 90 days (30 days used).</summary>
    public static CertificateSpec LeafSpec(string host, IssuedCertificate issuer, DateTimeOffset now, TestKey? key = null) => new()
    {
        Subject = host,
        Issuer = issuer,
        NotBefore = now.AddDays(-30),
        NotAfter = now.AddDays(60),
        Key = key,
        DnsNames = [host],
        BasicConstraints = BasicConstraintsSpec.EndEntity,
        KeyUsage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment,
        ExtendedKeyUsages = [TestOids.ServerAuth],
        CaIssuersUrls = [DefaultCaIssuersUrl],
        PolicyOids = [TestOids.DomainValidated],
    };

    /// <summary>
    /// Root → intermediate → leaf for <paramref name="host"/>. Each <c>customize</c> function edits a
    /// default spec, e.g. <c>leaf: s => s with { NotAfter = now.AddDays(-1) }</c>.
    /// </summary>
    public static TestChain CreateChain(
        string host,
        DateTimeOffset now,
        Func<CertificateSpec, CertificateSpec>? root = null,
        Func<CertificateSpec, CertificateSpec>? intermediate = null,
        Func<CertificateSpec, CertificateSpec>? leaf = null)
    {
        var rootCertificate = Customize(RootSpec("CN=Certwatch Test Root, O=Certwatch Tests", now), root).Issue();
        var intermediateCertificate = Customize(IntermediateSpec("CN=Certwatch Test Intermediate, O=Certwatch Tests", rootCertificate, now), intermediate).Issue();
        var leafCertificate = Customize(LeafSpec(host, intermediateCertificate, now), leaf).Issue();
        return new TestChain(rootCertificate, intermediateCertificate, leafCertificate);
    }

    private static CertificateSpec Customize(CertificateSpec spec, Func<CertificateSpec, CertificateSpec>? customize) =>
        customize is null ? spec : customize(spec);
}
