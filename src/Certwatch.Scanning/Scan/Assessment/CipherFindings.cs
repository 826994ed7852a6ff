using Certwatch.Core.Findings;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>Cipher-suite weaknesses: RC4, 64-bit blocks, export, NULL, anonymous, short keys.</summary>
internal static class CipherFindings
{
    public static IEnumerable<Finding> For(ServerTlsView server)
    {
        return new[]
        {
            Rule(server, CipherTraits.IsRc4, FindingIds.VulnRc4, Severity.Warning, "RC4 cipher suites are accepted",
                "RC4 has statistical biases that recover plaintext (RFC 7465 prohibits it; CVE-2013-2566, CVE-2015-2808). Every current client refuses it; only clients that still offer it are exposed."),
            Rule(server, s => CipherTraits.HasSmallBlock(s) && !s.Export, FindingIds.VulnSweet32, Severity.Warning, "64-bit block ciphers (3DES, DES, IDEA, RC2) are accepted",
                "SWEET32 (CVE-2016-2183): with a 64-bit block, a birthday collision after about 32 GB on one connection leaks plaintext, e.g. a session cookie. Safari and old Java/IE still offer 3DES."),
            Rule(server, s => s.Export, FindingIds.VulnFreak, Severity.Critical, "Export-grade cipher suites are accepted",
                "Export suites use 40/56-bit keys and 512-bit RSA or DH. FREAK (CVE-2015-0204) and Logjam (CVE-2015-4000) downgrade vulnerable clients to them and break the session in hours."),
            Rule(server, CipherTraits.IsNull, FindingIds.TlsCipherNull, Severity.Critical, "NULL cipher suites (no encryption) are accepted",
                "A NULL suite sends data in clear text with only a MAC; a client that offers one can be steered to it."),
            Rule(server, CipherTraits.IsAnonymous, FindingIds.TlsCipherAnonymous, Severity.Critical, "Anonymous cipher suites (no server authentication) are accepted",
                "DH_anon/ECDH_anon suites send no certificate: any man in the middle can impersonate the server."),
            Rule(server, CipherTraits.IsWeakNonExport, FindingIds.TlsCipherWeak, Severity.Critical, "Cipher suites with keys shorter than 112 bits are accepted",
                "Single DES (56 bits) and other sub-112-bit ciphers are brute-forced in days; NIST SP 800-131A disallows them."),
        }.OfType<Finding>();
    }

    private static Finding? Rule(ServerTlsView server, Func<CipherSuiteInfo, bool> predicate, string id, Severity severity, string title, string detail)
    {
        var evidence = server.Evidence(predicate);
        return evidence.Count == 0
            ? null
            : new Finding(id, severity, title, detail, evidence, ServerConfigFixes.Ciphers("Offer only the Mozilla intermediate suites (ECDHE/DHE with AES-GCM or ChaCha20-Poly1305)."));
    }
}
