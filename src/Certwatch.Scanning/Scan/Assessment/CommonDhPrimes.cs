using System.Collections.Frozen;
using System.Numerics;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>
/// The well-known DH primes, matched by value: RFC 2409 Oakley groups 1–2, RFC 3526 groups 5 and 14–18,
/// RFC 5114 §2.1–2.3 and RFC 7919 ffdhe2048–8192. Apache httpd 2.4.7+ (mod_ssl) and Java's SunJCE pick their
/// built-in DHE groups from RFC 2409/3526, so these are what unconfigured servers send. The Logjam paper
/// (Adrian et al., CCS 2015 §3.3) showed one precomputation per 1024-bit prime breaks every server using it —
/// the reason a shared 1024-bit prime is worse than a unique one. Hex values: RFC text, checked against
/// OpenSSL 3.0's named groups and the RFC 2409/3526 generating formula (2^n − 2^(n−64) − 1 + 2^64·(⌊2^(n−130)·π⌋ + k)).
/// </summary>
public static class CommonDhPrimes
{
    private const string ResourceName = "Certwatch.Scanning.Scan.Assessment.Data.dh-primes.csv";

    private static readonly Lazy<FrozenDictionary<string, KnownDhPrime>> ByHex = new(Load);

    public static IReadOnlyCollection<KnownDhPrime> All => ByHex.Value.Values;

    /// <summary>The published group this big-endian prime is, or null for a server-specific prime.</summary>
    public static KnownDhPrime? Find(ReadOnlySpan<byte> prime)
    {
        var start = 0;
        while (start < prime.Length && prime[start] == 0)
        {
            start++;
        }

        return ByHex.Value.GetValueOrDefault(Convert.ToHexString(prime[start..]));
    }

    private static FrozenDictionary<string, KnownDhPrime> Load()
    {
        using var stream = typeof(CommonDhPrimes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(','))
            .ToFrozenDictionary(f => f[2].ToUpperInvariant(), f => new KnownDhPrime(f[0], f[1], BitLength(f[2])));
    }

    private static int BitLength(string hex) => (int)BigInteger.Parse("0" + hex, System.Globalization.NumberStyles.HexNumber).GetBitLength();
}
