using Certwatch.Core.Findings;
using Certwatch.Scanning.Check;
using Certwatch.TestKit.Lab;
using Certwatch.TestKit.Pki;
using Certwatch.Tls.Handshake;
using Certwatch.X509.Trust;

namespace Certwatch.Scanning.Tests.Check;

/// <summary>The lab PKI with a valid and an expired leaf for localhost, and check options trusting the lab root only.</summary>
public sealed class StartTlsPkiFixture
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public StartTlsPkiFixture()
    {
        Valid = Pki.Leaf("localhost");
        Expired = Pki.Leaf("localhost", s => s with { NotBefore = Now.AddDays(-93), NotAfter = Now.AddDays(-3) });
    }

    public LabPki Pki { get; } = new(Now);

    public IssuedCertificate Valid { get; }

    public IssuedCertificate Expired { get; }

    public CheckOptions Options => new(
        new TrustStore("certwatch lab root", [Pki.Root.Info]),
        Now,
        ExpiryPolicy.Default,
        new ProbeOptions(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), SendHttpHead: true, TimeSpan.FromSeconds(2)),
        OverallTimeout: TimeSpan.FromSeconds(15),
        Concurrency: 2);
}
