using Certwatch.Core.Findings;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>Which protocol versions the server enables, judged by RFC 6176 (no SSLv2), RFC 7568 (no SSLv3) and RFC 8996 (no TLS 1.0/1.1).</summary>
internal static class ProtocolFindings
{
    public static IEnumerable<Finding> For(ServerTlsView server)
    {
        if (server.Versions.Count == 0)
        {
            yield break;
        }

        if (server.Supports(ProtocolVersion.Ssl2))
        {
            yield return Obsolete(FindingIds.TlsProtocolSsl2, Severity.Critical, "SSLv2", "RFC 6176 prohibits SSL 2.0: its handshake is unauthenticated and its export ciphers are breakable in hours; no client has sent an SSLv2 hello since 2011.", server.Ssl2Ciphers.Select(k => $"SSLv2 cipher kind {k}"));
        }

        if (server.Supports(ProtocolVersion.Ssl3))
        {
            yield return Obsolete(FindingIds.TlsProtocolSsl3, Severity.Critical, "SSLv3", "RFC 7568 deprecates SSL 3.0: its CBC padding is unauthenticated (POODLE) and its RC4 is broken. No current client needs it.", []);
        }

        if (server.Supports(ProtocolVersion.Tls10))
        {
            yield return Obsolete(FindingIds.TlsProtocolTls10, Severity.Warning, "TLSv1.0", "RFC 8996 deprecates TLS 1.0 (SHA-1/MD5 handshake, CBC with predictable IVs). Chrome 84, Firefox 78, Safari 14 and Edge 84 stopped using it; PCI DSS forbids it.", []);
        }

        if (server.Supports(ProtocolVersion.Tls11))
        {
            yield return Obsolete(FindingIds.TlsProtocolTls11, Severity.Warning, "TLSv1.1", "RFC 8996 deprecates TLS 1.1 (SHA-1/MD5 handshake, no AEAD suites). Every current browser refuses it.", []);
        }

        if (NoTls12(server) is { } noTls12)
        {
            yield return noTls12;
        }

        if (!server.Supports(ProtocolVersion.Tls13))
        {
            yield return NoTls13(server);
        }
    }

    private static Finding Obsolete(string id, Severity severity, string version, string detail, IEnumerable<string> extra) => new(
        id,
        severity,
        $"{version} is enabled",
        detail,
        [$"the server completed a {version} handshake", .. extra],
        ServerConfigFixes.Protocols($"Disable {version}: allow only TLS 1.2 and TLS 1.3."));

    // Without TLS 1.2 or 1.3 no current browser connects; a TLS 1.3-only server is fine for them and only
    // locks out old clients (Java 8, Android ≤ 9, IE 11), which is worth knowing but nothing to fix.
    private static Finding? NoTls12(ServerTlsView server)
    {
        if (server.Supports(ProtocolVersion.Tls12))
        {
            return null;
        }

        var modern = server.Supports(ProtocolVersion.Tls13);
        return new Finding(
            FindingIds.TlsProtocolNoTls12,
            modern ? Severity.Info : Severity.Critical,
            modern ? "TLS 1.2 is not enabled (TLS 1.3 only)" : "Neither TLS 1.2 nor TLS 1.3 is enabled",
            modern
                ? "Clients without TLS 1.3 — Java 8, Android 9 and older, IE 11, OpenSSL 1.0.2 — cannot connect. Fine when they are not your users."
                : "Current browsers require TLS 1.2 or newer; they fail with a protocol error (Chrome ERR_SSL_VERSION_OR_CIPHER_MISMATCH).",
            [$"supported: {string.Join(", ", server.Versions)}"],
            modern ? null : ServerConfigFixes.Protocols("Enable TLS 1.2 and TLS 1.3 (OpenSSL 1.1.1 or newer)."));
    }

    private static Finding NoTls13(ServerTlsView server) => new(
        FindingIds.TlsProtocolNoTls13,
        Severity.Warning,
        "TLS 1.3 is not enabled",
        "TLS 1.3 (RFC 8446) has only forward-secret AEAD suites, a faster handshake and an encrypted certificate. SSL Labs caps a server without it at A-.",
        [$"supported: {string.Join(", ", server.Versions)}"],
        ServerConfigFixes.Protocols("Enable TLS 1.3 next to TLS 1.2 (OpenSSL 1.1.1+, nginx 1.13+, Apache 2.4.37+)."));
}
