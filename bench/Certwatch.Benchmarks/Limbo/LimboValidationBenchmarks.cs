using BenchmarkDotNet.Attributes;
using Certwatch.X509.Conformance;

namespace Certwatch.Benchmarks.Limbo;

/// <summary>
/// Validations per second over the whole limbo suite, Certwatch's verifier against .NET's X509Chain. Each
/// operation validates every case once, PEM parsing included on both sides. Suite path: <see cref="LimboSuiteFile.PathVariable"/>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LimboValidationBenchmarks
{
    private IReadOnlyList<LimboCase> _cases = [];

    [GlobalSetup]
    public void Setup() => _cases = LimboSuiteFile.Load(null);

    [Benchmark(Baseline = true, Description = "X509Chain, whole suite")]
    public int DotNetX509Chain() => _cases.Count(c => DotNetChainHarness.Run(c, LimboBaselineCommand.Now).ActualResult == LimboOutcome.Success);

    [Benchmark(Description = "Certwatch, whole suite")]
    public int Certwatch() => _cases.Count(c => LimboHarness.Run(c, LimboBaselineCommand.Now).ActualResult == LimboOutcome.Success);
}
