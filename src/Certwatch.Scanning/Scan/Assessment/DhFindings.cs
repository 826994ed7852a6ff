using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>
/// DHE parameters: Logjam (≤ 1024 bits, CVE-2015-4000), weak (&lt; 2048 bits, NIST SP 800-57 / Mozilla intermediate)
/// and well-known primes below 2048 bits (shared precomputation). A published 2048-bit-or-larger group
/// (RFC 7919 ffdhe2048…) is the recommendation, not a finding.
/// </summary>
internal static class DhFindings
{
    public static IEnumerable<Finding> For(ServerTlsView server)
    {
        var primes = server.DheSuites
            .Where(a => a.Accepted.DhBits is > 0)
            .GroupBy(a => Convert.ToHexString(a.Accepted.DhPrime!.Value.Span))
            .Select(g => new DhUse(g.First().Accepted.DhBits!.Value, CommonDhPrimes.Find(g.First().Accepted.DhPrime!.Value.Span), [.. g]))
            .OrderBy(p => p.Bits)
            .ToList();
        return new[] { Logjam(primes), Weak(primes), CommonPrime(primes) }.OfType<Finding>();
    }

    private static Finding? Logjam(IReadOnlyList<DhUse> primes)
    {
        var small = primes.Where(p => p.Bits <= 1024).ToList();
        return small.Count == 0
            ? null
            : new Finding(FindingIds.VulnLogjam, small[0].Bits < 1024 ? Severity.Critical : Severity.Warning,
                $"DHE uses {small[0].Bits}-bit parameters (Logjam, CVE-2015-4000)",
                "Diffie-Hellman groups of 1024 bits or less are within reach of precomputation (512-bit export groups in minutes); a recorded session can be decrypted. Chrome and Firefox no longer offer DHE; Java, Android and OpenSSL clients still do.",
                [.. small.SelectMany(p => p.Evidence)],
                ServerConfigFixes.DhParameters("Use a 2048-bit group (RFC 7919 ffdhe2048) or drop DHE suites in favour of ECDHE."));
    }

    private static Finding? Weak(IReadOnlyList<DhUse> primes)
    {
        var weak = primes.Where(p => p.Bits is > 1024 and < 2048).ToList();
        return weak.Count == 0
            ? null
            : new Finding(FindingIds.TlsDhWeak, Severity.Warning, $"DHE uses {weak[0].Bits}-bit parameters (below 2048)",
                "NIST SP 800-57 and Mozilla's intermediate profile require at least 2048-bit DH; SSL Labs caps the grade at B.",
                [.. weak.SelectMany(p => p.Evidence)],
                ServerConfigFixes.DhParameters("Use a 2048-bit group (RFC 7919 ffdhe2048)."));
    }

    private static Finding? CommonPrime(IReadOnlyList<DhUse> primes)
    {
        var common = primes.Where(p => p.Known is not null && p.Bits < 2048).ToList();
        return common.Count == 0
            ? null
            : new Finding(FindingIds.TlsDhCommonPrime, Severity.Warning, $"DHE uses a common {common[0].Bits}-bit prime ({common[0].Known!.Source})",
                "Many servers share this published prime, so one precomputation (Logjam paper, §3.3) breaks all of their DHE sessions at once.",
                [.. common.SelectMany(p => p.Evidence)],
                ServerConfigFixes.DhParameters("Use a 2048-bit group (RFC 7919 ffdhe2048)."));
    }

    private sealed record DhUse(int Bits, KnownDhPrime? Known, IReadOnlyList<VersionedSuite> Suites)
    {
        public IEnumerable<string> Evidence =>
            Suites.Select(s => $"{Bits}-bit DH prime{(Known is null ? string.Empty : $" = {Known.Name} ({Known.Source})")} with {s.Accepted.Suite.IanaName} ({s.Version})");
    }
}
