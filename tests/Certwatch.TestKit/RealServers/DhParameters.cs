using System.Collections.Concurrent;
using System.Diagnostics;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// Finite-field DH parameters in PEM for real test servers. 1024 bits (the weak-DHE case) is a fixed safe
/// prime generated once with <c>openssl dhparam 1024</c> — not one of the well-known primes, so it shows weak
/// size only. Other sizes are generated once per run with <c>-dsaparam</c> (milliseconds, not minutes).
/// </summary>
public static class DhParameters
{
    /// <summary>A 1024-bit safe prime, generator 2 (openssl dhparam 1024, made for Certwatch's tests).</summary>
    public const string Safe1024Pem = """
        -----BEGIN DH PARAMETERS-----
        MIGHAoGBAOPl4JLUs+TjIz2fjkzHgXETzUs2Eo0BiJPH8a6WSKy0qTeUJh0dG2+2
        +GJUuqvvA41x4rPaCtIusEzHnjFdZvmyaKRVOJa5NFPefzaX0RQBmnRVha6D1CVy
        6IvRhrct/SCS4/MkrmDWFrkdjo32qPYYW36pvNvEVx1d111oMxMvAgEC
        -----END DH PARAMETERS-----

        """;

    private static readonly ConcurrentDictionary<int, Lazy<Task<string>>> Cache = new();

    public static Task<string> PemAsync(int bits) => bits == 1024
        ? Task.FromResult(Safe1024Pem)
        : Cache.GetOrAdd(bits, b => new Lazy<Task<string>>(() => GenerateAsync(b))).Value;

    private static async Task<string> GenerateAsync(int bits)
    {
        var start = new ProcessStartInfo("openssl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "dhparam", "-dsaparam", bits.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var pem = await output;
        return process.ExitCode == 0 && pem.Contains("DH PARAMETERS-----", StringComparison.Ordinal)
            ? pem
            : throw new InvalidOperationException($"openssl dhparam -dsaparam {bits} failed: {(await error).Split('\n')[0]}");
    }
}
