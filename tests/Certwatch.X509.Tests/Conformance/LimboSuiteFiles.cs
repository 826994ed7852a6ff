using System.Text.Json;
using Certwatch.X509.Conformance;

namespace Certwatch.X509.Tests.Conformance;

/// <summary>The checked-in suite, its results at a fixed clock, and the checked-in divergences, loaded once per test run.</summary>
internal static class LimboSuiteFiles
{
    /// <summary>The clock for cases without validation_time ("now"); the suite's certificates are valid 1970–2969.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IReadOnlyList<LimboCase>> LazyCases = new(LoadCases);
    private static readonly Lazy<IReadOnlyDictionary<string, LimboResult>> LazyResults =
        new(() => LimboHarness.RunAll(Cases, Now).ToDictionary(r => r.Id, StringComparer.Ordinal));
    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazyDivergences = new(LoadDivergences);

    public static IReadOnlyList<LimboCase> Cases => LazyCases.Value;

    public static IReadOnlyDictionary<string, LimboResult> Results => LazyResults.Value;

    /// <summary>Case id → why Certwatch's result differs from the expected one.</summary>
    public static IReadOnlyDictionary<string, string> Divergences => LazyDivergences.Value;

    public static bool Matches(LimboCase testCase) => Results[testCase.Id].ActualResult == testCase.ExpectedResult;

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Conformance", name);

    private static List<LimboCase> LoadCases()
    {
        if (!LimboSuiteReader.TryRead(File.ReadAllText(PathOf("x509-limbo-2023-12.json")), out var cases, out var error))
        {
            throw new InvalidOperationException(error);
        }

        return [.. cases];
    }

    private static Dictionary<string, string> LoadDivergences()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PathOf("limbo-divergences.json")));
        return document.RootElement.GetProperty("divergences").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("reason").GetString()!, StringComparer.Ordinal);
    }
}
