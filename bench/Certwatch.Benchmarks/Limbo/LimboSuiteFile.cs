using Certwatch.X509.Conformance;

namespace Certwatch.Benchmarks.Limbo;

/// <summary>Loads a limbo suite for the baseline mode and the benchmark (path from the command line or <see cref="PathVariable"/>).</summary>
public static class LimboSuiteFile
{
    /// <summary>Carries the suite path into BenchmarkDotNet's child processes.</summary>
    public const string PathVariable = "CERTWATCH_LIMBO_SUITE";

    public const string RepositoryPath = "tests/Certwatch.X509.Tests/Conformance/x509-limbo-2023-12.json";

    public static IReadOnlyList<LimboCase> Load(string? path)
    {
        path ??= Environment.GetEnvironmentVariable(PathVariable) ?? RepositoryPath;
        if (!LimboSuiteReader.TryRead(File.ReadAllText(path), out var cases, out var error))
        {
            throw new InvalidDataException($"{path}: {error}");
        }

        return cases;
    }
}
