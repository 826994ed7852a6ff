using BenchmarkDotNet.Attributes;
using Certwatch.Core.Findings;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Trust;

namespace Certwatch.Benchmarks;

/// <summary>
/// The pure analysis cost per endpoint: parse a served 3-certificate chain, build and verify the path
/// against a system-sized trust store (150 anchors), and run the whole analysis with client verdicts.
/// </summary>
[MemoryDiagnoser]
public class VerifierBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private VerificationRequest _request = null!;
    private ChainAnalysisInput _analysis = null!;
    private byte[] _leafDer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var chain = TestPki.CreateChain("bench.example", Now);
        var anchors = Enumerable.Range(0, 149)
            .Select(i => TestPki.RootSpec($"CN=Filler Root {i}", Now, TestKey.EcP256()).Issue().Info)
            .Append(chain.Root.Info);
        var store = new TrustStore("bench", anchors);
        IReadOnlyList<CertificateInfo> served = [chain.Leaf.Info, chain.Intermediate.Info];
        _request = new VerificationRequest(served, store, Now, "bench.example", VerificationPolicy.Strict);
        _analysis = new ChainAnalysisInput(served, [], store, Now, "bench.example", ExpiryPolicy.Default, false, "127.0.0.1");
        _leafDer = chain.Leaf.Der;
    }

    [Benchmark]
    public bool ParseLeaf() => CertificateParser.TryParse(_leafDer, out _, out _);

    [Benchmark]
    public bool VerifyChain() => ChainVerifier.Verify(_request).IsValid;

    [Benchmark]
    public int AnalyzeChain() => ChainAnalyzer.Analyze(_analysis).Verdicts.Count;
}
