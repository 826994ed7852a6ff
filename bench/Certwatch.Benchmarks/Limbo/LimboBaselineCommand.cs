using System.Diagnostics;
using System.Globalization;
using Certwatch.X509.Conformance;

namespace Certwatch.Benchmarks.Limbo;

/// <summary>
/// <c>limbo-baseline SUITE.json</c>: runs the suite through Certwatch's harness and through .NET's X509Chain,
/// prints both match rates (SKIPPED counts as a miss), the cases where they differ, and a rough
/// validations/second from a timed loop (BenchmarkDotNet's <see cref="LimboValidationBenchmarks"/> gives the careful numbers).
/// </summary>
public static class LimboBaselineCommand
{
    public const string Name = "limbo-baseline";

    // Cases with validation_time null are validated at this fixed instant, so runs are comparable.
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static int Run(string[] args)
    {
        var cases = LimboSuiteFile.Load(args.Length > 1 ? args[1] : null);
        var ours = LimboHarness.RunAll(cases, Now);
        var baseline = cases.Select(c => DotNetChainHarness.Run(c, Now)).ToList();
        Report("certwatch", cases, ours);
        Report(".NET X509Chain", cases, baseline);
        Console.WriteLine();
        Console.WriteLine("cases where X509Chain misses:");
        foreach (var (testCase, result) in cases.Zip(baseline).Where(p => p.First.ExpectedResult != p.Second.ActualResult))
        {
            Console.WriteLine($"  {testCase.Id}: expected {LimboResultsWriter.Text(testCase.ExpectedResult)}, got {LimboResultsWriter.Text(result.ActualResult)}");
        }

        Console.WriteLine();
        Throughput("certwatch", cases, c => LimboHarness.Run(c, Now));
        Throughput(".NET X509Chain", cases, c => DotNetChainHarness.Run(c, Now));
        return 0;
    }

    private static void Report(string name, IReadOnlyList<LimboCase> cases, IReadOnlyList<LimboResult> results)
    {
        var matched = cases.Zip(results).Count(p => p.First.ExpectedResult == p.Second.ActualResult);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {matched}/{cases.Count} = {100.0 * matched / cases.Count:F1} %"));
    }

    private static void Throughput(string name, IReadOnlyList<LimboCase> cases, Func<LimboCase, LimboResult> run)
    {
        foreach (var testCase in cases)
        {
            run(testCase);
        }

        const int Rounds = 5;
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var testCase in cases)
            {
                run(testCase);
            }
        }

        var perSecond = Rounds * cases.Count / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {perSecond:F0} validations/s (timed loop, {Rounds} x {cases.Count} cases)"));
    }
}
