using Certwatch.Tls.Wire;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Scan.Assessment.Grading;

/// <summary>
/// The numeric part of the SSL Labs SSL Server Rating Guide (2009, github.com/ssllabs/research/wiki/SSL-Server-Rating-Guide):
/// protocol support 30 %, key exchange 30 %, cipher strength 40 %; protocol and cipher scores are the average of
/// the best and the worst; a zero in any category makes the score zero.
/// </summary>
internal static class RatingScores
{
    public static (int Protocol, int KeyExchange, int Cipher, int Total) For(ServerTlsView server)
    {
        var protocol = BestWorst(server.Versions.Select(ProtocolPoints));
        var keyExchange = KeyExchangePoints(server);
        var cipher = BestWorst(server.Suites.Where(s => !s.IsSignalingValue).Select(s => CipherPoints(EffectiveBits(s)))
            .Concat(server.Ssl2Ciphers.Select(k => CipherPoints(k.KeyBits ?? 0))));
        var total = protocol == 0 || keyExchange == 0 || cipher == 0
            ? 0
            : (int)Math.Round((0.3 * protocol) + (0.3 * keyExchange) + (0.4 * cipher), MidpointRounding.AwayFromZero);
        return (protocol, keyExchange, cipher, total);
    }

    // Guide §"Protocol support": SSL 2.0 0, SSL 3.0 80, TLS 1.0 90, TLS 1.1 95, TLS 1.2 100 (TLS 1.3 100).
    private static int ProtocolPoints(ProtocolVersion version) => version.Value switch
    {
        0x0002 => 0,
        0x0300 => 80,
        0x0301 => 90,
        0x0302 => 95,
        _ => 100,
    };

    // Guide §"Cipher strength": 0 bits 0, < 128 bits 20, < 256 bits 80, ≥ 256 bits 100.
    private static int CipherPoints(int bits) => bits switch
    {
        0 => 0,
        < 128 => 20,
        < 256 => 80,
        _ => 100,
    };

    // 3DES has 168 key bits but 112 bits of strength (NIST SP 800-57 Part 1 Table 2); SSL Labs rates it as 112.
    private static int EffectiveBits(CipherSuiteInfo suite) => suite.Cipher.Contains("3DES", StringComparison.Ordinal) ? 112 : suite.KeyBits;

    /// <summary>
    /// Guide §"Key exchange": anonymous 0; &lt; 512 bits 20; exportable (512-bit) 40; &lt; 1024 40; &lt; 2048 80;
    /// &lt; 4096 90; else 100 — for the weakest of the certificate key and every ephemeral DH/ECDH group.
    /// </summary>
    private static int KeyExchangePoints(ServerTlsView server)
    {
        if (server.Suites.Any(CipherTraits.IsAnonymous))
        {
            return 0;
        }

        var points = new List<int>();
        if (server.Leaf?.PublicKey is { } key)
        {
            points.Add(KeyPoints(key));
        }

        points.AddRange(server.DheSuites.Select(a => RsaEquivalentPoints(a.Accepted.DhBits ?? 0)));
        points.AddRange(server.Accepted.Select(a => a.Accepted.Group).OfType<NamedGroup>().Distinct()
            .Select(NamedGroupRegistry.Find).OfType<NamedGroupInfo>().Where(g => g.Kind == GroupKind.EllipticCurve).Select(g => EcPoints(g.Bits)));
        if (server.Suites.Any(s => s.Export) || server.Ssl2Ciphers.Any(k => k.IsExport))
        {
            points.Add(40);
        }

        return points.Count == 0 ? 100 : points.Min();
    }

    private static int KeyPoints(PublicKeyInfo key) => key.Algorithm is "EC" or "Ed25519" or "Ed448" ? EcPoints(key.SizeBits) : RsaEquivalentPoints(key.SizeBits);

    private static int RsaEquivalentPoints(int bits) => bits switch
    {
        < 512 => 20,
        < 1024 => 40,
        < 2048 => 80,
        < 4096 => 90,
        _ => 100,
    };

    // EC sizes mapped to the RSA bands (NIST SP 800-57 equivalences, as testssl.sh applies the guide): 110/123/163/225 bits.
    private static int EcPoints(int bits) => bits switch
    {
        < 110 => 20,
        < 123 => 40,
        < 163 => 80,
        < 225 => 90,
        _ => 100,
    };

    private static int BestWorst(IEnumerable<int> points)
    {
        var list = points.ToList();
        return list.Count == 0 ? 0 : (list.Max() + list.Min()) / 2;
    }
}
