using Certwatch.Core.Findings;
using Certwatch.Scanning.Check;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.Tls.Handshake;
using Certwatch.X509.Analysis;
using Certwatch.X509.Trust;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>
/// Certificate checks of one address, made the real way: a TestKit PKI through the chain analyzer, with the
/// HSTS header the HTTP probe would have read. Keys are generated once per test run.
/// </summary>
internal static class CertificateReports
{
    public const string Host = "a.test";
    public const string OneYearHsts = "max-age=31536000; includeSubDomains";

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<TestKey> RootRsa = new(() => TestKey.Rsa(2048));
    private static readonly Lazy<TestKey> IntermediateRsa = new(() => TestKey.Rsa(2048));
    private static readonly Lazy<TestKey> IntermediateEc = new(TestKey.EcP256);
    private static readonly Lazy<TestKey> LeafRsa2048 = new(() => TestKey.Rsa(2048));
    private static readonly Lazy<TestKey> LeafRsa1024 = new(() => TestKey.Rsa(1024));
    private static readonly Lazy<TestKey> LeafEc = new(TestKey.EcP256);

    // One serial for every leaf: with the cached keys and fixed names, a staple made by Staple() names the leaf of any report.
    private static readonly byte[] LeafSerial = [0x5C, 0xA9, 0x1E, 0x0D, 0x37, 0x42];

    /// <summary>A trusted, valid chain for a.test with a one-year HSTS header.</summary>
    public static AddressReport Good(LeafKey key = LeafKey.Rsa2048) => Build(key);

    /// <param name="hsts">The Strict-Transport-Security header the HTTPS response carried (null: none).</param>
    /// <param name="trusted">The root is in the trust store; when not, the server sends it (a private CA).</param>
    /// <param name="expectedName">The name the client asked for.</param>
    /// <param name="expired">The leaf expired yesterday.</param>
    public static AddressReport Build(LeafKey key = LeafKey.Rsa2048, string? hsts = OneYearHsts, bool trusted = true, string expectedName = Host, bool expired = false)
    {
        var chain = Chain(key, expired);
        IReadOnlyList<IssuedCertificate> sent = trusted ? chain.Served : [.. chain.Served, chain.Root];
        var served = sent.Select(c => c.Info).ToList();
        var analysis = ChainAnalyzer.Analyze(new ChainAnalysisInput(
            served, [], new TrustStore("system: test", trusted ? [chain.Root.Info] : []), Now, expectedName, ExpiryPolicy.Default, hsts is not null, null));
        var observation = new HandshakeObservation
        {
            Address = "127.0.0.1",
            Port = 443,
            ServerName = expectedName,
            Outcome = HandshakeOutcome.Completed,
            ServedCertificates = [.. sent.Select(c => c.Der)],
            Http = new HttpObservation(200, hsts, null),
        };
        return new AddressReport("127.0.0.1", observation, served, analysis);
    }

    /// <summary>
    /// A stapled OCSPResponse for the leaf of <see cref="Build"/> with the same key, signed by its intermediate:
    /// produced at <paramref name="producedAt"/> (default <see cref="Now"/>), thisUpdate a minute earlier, nextUpdate after <paramref name="validity"/> (default 4 days).
    /// </summary>
    public static byte[] Staple(OcspCertStatus status, DateTimeOffset? producedAt = null, TimeSpan? validity = null, int? reason = null, LeafKey key = LeafKey.Rsa2048)
    {
        var chain = Chain(key, expired: false);
        return OcspResponseWriter.Successful(OcspResponseWriter.CertId(chain.Leaf, chain.Intermediate), status, producedAt ?? Now, chain.Intermediate, includeSigner: false,
            revokedAt: Now.AddDays(-1), reason: reason, validity: validity);
    }

    /// <summary>The chain behind <see cref="Build"/>: cached keys, fixed names and leaf serial.</summary>
    public static TestChain Chain(LeafKey key = LeafKey.Rsa2048, bool expired = false) => TestPki.CreateChain(
        Host,
        Now,
        root: s => s with { Key = RootRsa.Value },
        intermediate: s => s with { Key = key == LeafKey.EcP256 ? IntermediateEc.Value : IntermediateRsa.Value },
        leaf: s => s with
        {
            Key = key switch { LeafKey.Rsa1024 => LeafRsa1024.Value, LeafKey.EcP256 => LeafEc.Value, _ => LeafRsa2048.Value },
            SerialNumber = LeafSerial,
            NotBefore = expired ? Now.AddDays(-90) : s.NotBefore,
            NotAfter = expired ? Now.AddDays(-1) : s.NotAfter,
        });
}
