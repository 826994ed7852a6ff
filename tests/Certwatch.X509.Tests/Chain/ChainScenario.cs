using Certwatch.TestKit.Pki;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Trust;

namespace Certwatch.X509.Tests.Chain;

/// <summary>
/// One row of the verifier table: what the server sends, what the client trusts, the name asked for and
/// what a user must be told (problem kind, where, and the facts the message must name).
/// </summary>
internal sealed record ChainScenario(
    IReadOnlyList<IssuedCertificate> Served,
    IReadOnlyList<IssuedCertificate> Anchors,
    ProblemKind? ExpectedKind = null,
    CertificatePosition ExpectedPosition = CertificatePosition.Leaf,
    IReadOnlyList<string>? ExpectedFacts = null)
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public string? ExpectedName { get; init; } = ChainScenarios.Host;

    public VerificationPolicy Policy { get; init; } = VerificationPolicy.Strict;

    /// <summary>Subjects (as generated) of the path the verifier must choose, leaf first; null skips the check.</summary>
    public IReadOnlyList<IssuedCertificate>? ExpectedPath { get; init; }

    public VerificationRequest ToRequest() => new(
        [.. Served.Select(c => c.Info)],
        new TrustStore("test roots", Anchors.Select(a => a.Info)),
        Now,
        ExpectedName,
        Policy);

    public PathValidation Verify() => ChainVerifier.Verify(ToRequest());
}
