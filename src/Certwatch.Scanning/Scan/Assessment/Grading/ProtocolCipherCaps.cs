using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Assessment.Grading;

/// <summary>
/// The grade caps of the SSL Labs rating guide (2009 and its amendments, "Changes" section of
/// github.com/ssllabs/research/wiki/SSL-Server-Rating-Guide, and the Qualys SSL Labs blog posts they announce).
/// Each cap names the server fact that triggered it.
/// </summary>
internal static class ProtocolCipherCaps
{
    public static IEnumerable<GradeCap> For(ServerTlsView server, bool lacksForwardSecrecy)
    {
        var modern = server.Accepted.Where(a => a.Version.Value >= ProtocolVersion.Tls11.Value).Select(a => a.Accepted.Suite).ToList();
        var caps = new List<GradeCap?>
        {
            // 2009i/2016 (DROWN): SSL 2.0 → F.
            When(server.Supports(ProtocolVersion.Ssl2), "F", "SSL 2.0 supported", "the server completed an SSLv2 handshake"),
            // 2009i (FREAK, March 2015): export suites → F.
            When(server.Suites.Any(s => s.Export) || server.Ssl2Ciphers.Any(k => k.IsExport), "F", "Export cipher suites supported", Names(server, s => s.Export)),
            // 2009: NULL and anonymous suites make the cipher or key-exchange score 0 — stated as caps so the reason shows.
            When(server.Suites.Any(CipherTraits.IsNull), "F", "NULL cipher suites supported", Names(server, CipherTraits.IsNull)),
            When(server.Suites.Any(CipherTraits.IsAnonymous), "F", "Anonymous cipher suites supported", Names(server, CipherTraits.IsAnonymous)),
            // 2009r: suites weaker than 112 bits → F.
            When(server.Suites.Any(CipherTraits.IsWeakNonExport), "F", "Cipher suites weaker than 112 bits", Names(server, CipherTraits.IsWeakNonExport)),
            // 2014-10 (POODLE): SSL 3.0 as the best protocol → F, SSL 3.0 supported → C.
            When(server.Versions.Count > 0 && server.Versions[0] == ProtocolVersion.Ssl3, "F", "SSL 3.0 is the best protocol", "no TLS version is supported"),
            When(server.Supports(ProtocolVersion.Ssl3), "C", "SSL 3.0 supported (POODLE)", "the server completed an SSLv3 handshake"),
            // 2015-05: no TLS 1.2 → C (a TLS 1.3-only server is not penalised).
            When(server.Versions.Count > 0 && !server.Supports(ProtocolVersion.Tls12) && !server.Supports(ProtocolVersion.Tls13), "C", "No TLS 1.2 or TLS 1.3", $"supported: {string.Join(", ", server.Versions)}"),
            // 2015 (RC4) and 2017 (SWEET32): RC4 or 64-bit block ciphers with TLS 1.1+ → C; RC4 at all → B.
            When(modern.Any(CipherTraits.IsRc4), "C", "RC4 with TLS 1.1 or newer", Names(server, CipherTraits.IsRc4)),
            When(modern.Any(CipherTraits.HasSmallBlock), "C", "3DES/64-bit block ciphers with TLS 1.1 or newer (SWEET32)", Names(server, CipherTraits.HasSmallBlock)),
            When(server.Suites.Any(CipherTraits.IsRc4), "B", "RC4 supported", Names(server, CipherTraits.IsRc4)),
            // 2020-01 (announced 2018-11-19): TLS 1.0 or 1.1 → B.
            When(server.Supports(ProtocolVersion.Tls10) || server.Supports(ProtocolVersion.Tls11), "B", "TLS 1.0 or TLS 1.1 supported",
                string.Join(", ", server.Versions.Where(v => v == ProtocolVersion.Tls10 || v == ProtocolVersion.Tls11))),
            // 2018-03 (blog 2018-02-02): no forward secrecy with modern browsers → B; no AEAD → A-.
            When(lacksForwardSecrecy, "B", "No forward secrecy with current browsers", "current browsers negotiate a static-RSA/(EC)DH suite, or no ECDHE/DHE suite exists"),
            When(SecrecyFindings.LacksAead(server), "A-", "No AEAD cipher suites", "no AES-GCM, AES-CCM or ChaCha20-Poly1305 suite accepted"),
            // 2009r: no TLS 1.3 → warning (A-).
            When(server.Versions.Count > 0 && !server.Supports(ProtocolVersion.Tls13), "A-", "TLS 1.3 not supported", $"supported: {string.Join(", ", server.Versions)}"),
        };
        return caps.Concat(DhCaps(server)).Concat(FeatureCaps.For(server)).OfType<GradeCap>();
    }

    // 2015-05 (Logjam): DH below 1024 bits → F, below 2048 bits → B.
    private static IEnumerable<GradeCap?> DhCaps(ServerTlsView server)
    {
        var smallest = server.DheSuites.Select(a => a.Accepted.DhBits ?? 0).DefaultIfEmpty(int.MaxValue).Min();
        yield return When(smallest < 1024, "F", "DH parameters below 1024 bits (Logjam)", $"{smallest}-bit DH prime");
        yield return When(smallest is >= 1024 and < 2048, "B", "DH parameters below 2048 bits", $"{smallest}-bit DH prime");
    }

    private static string Names(ServerTlsView server, Func<CipherSuiteInfo, bool> predicate)
    {
        var names = server.Suites.Where(predicate).Select(CipherTraits.OpenSslOrIana)
            .Concat(server.Ssl2Ciphers.Where(k => k.IsExport).Select(k => $"{k} (SSLv2)")).ToList();
        return names.Count <= 4 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(4))} and {names.Count - 4} more";
    }

    internal static GradeCap? When(bool condition, string cap, string rule, string reason) => condition ? new GradeCap(cap, rule, reason) : null;
}
