using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>
/// Forward secrecy and authenticated encryption, judged the way SSL Labs does since 2018 (Qualys blog
/// 2018-02-02): what matters is what current browsers negotiate, not whether an old suite is still listed.
/// </summary>
internal static class SecrecyFindings
{
    public static IEnumerable<Finding> For(ServerTlsView server, IReadOnlyList<SimulatedClient> browsers) =>
        new[] { ForwardSecrecy(server, browsers), Aead(server) }.OfType<Finding>();

    /// <summary>True when no suite has forward secrecy, or a current browser would negotiate one without it.</summary>
    public static bool LacksForwardSecrecy(ServerTlsView server, IReadOnlyList<SimulatedClient> browsers) =>
        server.Suites.Count > 0 && (!server.Suites.Any(s => s.ForwardSecrecy) || browsers.Any(b => b.Result.Suite is { ForwardSecrecy: false }));

    public static bool LacksAead(ServerTlsView server) => server.Suites.Count > 0 && !server.Suites.Any(s => s.IsAead);

    private static Finding? ForwardSecrecy(ServerTlsView server, IReadOnlyList<SimulatedClient> browsers)
    {
        var withoutFs = server.Evidence(s => !s.ForwardSecrecy && !s.IsSignalingValue);
        if (withoutFs.Count == 0)
        {
            return null;
        }

        var browserEvidence = browsers.Where(b => b.Result.Suite is { ForwardSecrecy: false })
            .Select(b => $"{b.Result.Client} would negotiate {b.Result.Suite}").ToList();
        var serious = LacksForwardSecrecy(server, browsers);
        return new Finding(
            FindingIds.TlsCipherNoForwardSecrecy,
            serious ? Severity.Warning : Severity.Info,
            serious ? "No forward secrecy with current browsers" : "Cipher suites without forward secrecy are accepted (old clients only)",
            "With static RSA or (EC)DH key exchange, whoever obtains the server's private key later can decrypt every recorded session. ECDHE/DHE (and all of TLS 1.3) derive per-session keys.",
            [.. browserEvidence, .. withoutFs],
            ServerConfigFixes.Ciphers("Prefer ECDHE suites; drop the TLS_RSA_* key-exchange suites unless very old clients need them."));
    }

    private static Finding? Aead(ServerTlsView server) => LacksAead(server)
        ? new Finding(
            FindingIds.TlsCipherNoAead,
            Severity.Warning,
            "No AEAD cipher suite (AES-GCM, ChaCha20-Poly1305) is accepted",
            "Every accepted suite is CBC or a stream cipher with a separate MAC (Lucky13-class padding oracles, no TLS 1.3). SSL Labs caps such servers at A-.",
            [$"accepted: {string.Join(", ", server.Suites.Select(CipherTraits.OpenSslOrIana))}"],
            ServerConfigFixes.Ciphers("Enable the AES-GCM and ChaCha20-Poly1305 suites (TLS 1.2) and TLS 1.3."))
        : null;
}
