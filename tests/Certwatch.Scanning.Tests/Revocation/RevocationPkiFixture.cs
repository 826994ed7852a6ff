using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.X509.Revocation;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.Scanning.Tests.Revocation;

/// <summary>A CA with a loopback OCSP responder and CRL server, shared by a test class; leaves point at both.</summary>
public sealed class RevocationPkiFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public TestChain Chain { get; } = TestPki.CreateChain("revoked.lab.test", Now, intermediate: s => s with { Subject = "CN=Lab Issuing CA" });

    public OcspResponder Ocsp { get; private set; } = null!;

    public CrlServer Crl { get; private set; } = null!;

    public IssuedCertificate Delegated { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Ocsp = new OcspResponder(Chain.Intermediate, () => Now);
        Crl = new CrlServer(Chain.Intermediate, () => Now);
        Delegated = (TestPki.LeafSpec("Lab OCSP Responder", Chain.Intermediate, Now, Chain.Leaf.Key) with
        {
            DnsNames = [],
            ExtendedKeyUsages = [OcspResponseValidator.OcspSigningEku],
            KeyUsage = X509KeyUsageFlags.DigitalSignature,
        }).Issue();
        return Task.CompletedTask;
    }

    /// <summary>A new leaf (own serial) with the responder and/or CRL URLs.</summary>
    public IssuedCertificate Leaf(bool ocsp = true, bool crl = true, string? ocspUrl = null) =>
        (TestPki.LeafSpec("revoked.lab.test", Chain.Intermediate, Now, Chain.Leaf.Key) with
        {
            OcspUrls = ocsp ? [ocspUrl ?? Ocsp.Url] : [],
            CrlUrls = crl ? [Crl.Url] : [],
        }).Issue();

    public async Task DisposeAsync()
    {
        await Ocsp.DisposeAsync();
        await Crl.DisposeAsync();
    }
}
