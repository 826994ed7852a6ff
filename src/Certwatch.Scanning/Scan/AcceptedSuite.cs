using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan;

/// <summary>A cipher suite the server accepted, with the key exchange it used for it.</summary>
/// <param name="Group">ECDHE/TLS 1.3 group the server chose (from ServerKeyExchange or key_share); null otherwise.</param>
/// <param name="DhPrime">DHE: the server's prime p, big-endian, to judge size and common primes (Logjam).</param>
/// <param name="DhGenerator">DHE: the generator g.</param>
public sealed record AcceptedSuite(CipherSuiteInfo Suite, NamedGroup? Group = null, ReadOnlyMemory<byte>? DhPrime = null, ReadOnlyMemory<byte>? DhGenerator = null)
{
    /// <summary>DHE modulus size in bits, or null.</summary>
    public int? DhBits => DhPrime is { } p ? BitLength(p.Span) : null;

    private static int BitLength(ReadOnlySpan<byte> bigEndian)
    {
        var i = 0;
        while (i < bigEndian.Length && bigEndian[i] == 0)
        {
            i++;
        }

        return i == bigEndian.Length ? 0 : ((bigEndian.Length - i - 1) * 8) + (8 - System.Numerics.BitOperations.LeadingZeroCount((uint)bigEndian[i]) + 24);
    }
}
