namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>A published Diffie-Hellman prime (one row of <c>Data/dh-primes.csv</c>).</summary>
/// <param name="Name">"modp_1024", "ffdhe2048"…</param>
/// <param name="Source">The RFC and section that publishes it.</param>
public sealed record KnownDhPrime(string Name, string Source, int Bits);
