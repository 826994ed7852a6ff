using System.Security.Cryptography;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// The bytes probes put in hello randoms, session ids, challenges and x25519 key shares. Production uses the
/// system CSPRNG; tests pass a seed so every hello is the same on every run. Thread-safe: probes run in parallel.
/// </summary>
public sealed class ProbeRandom
{
    private readonly Random? _seeded;
    private readonly Lock _lock = new();

    private ProbeRandom(Random? seeded) => _seeded = seeded;

    public static ProbeRandom Secure { get; } = new(null);

    public static ProbeRandom Seeded(int seed) => new(new Random(seed));

    public byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        if (_seeded is null)
        {
            RandomNumberGenerator.Fill(bytes);
            return bytes;
        }

        lock (_lock)
        {
            _seeded.NextBytes(bytes);
        }

        return bytes;
    }
}
