using Certwatch.Core.Findings;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>Handshake features: secure renegotiation, TLS_FALLBACK_SCSV, OCSP stapling, heartbeat, extended master secret.</summary>
internal static class ExtensionFindings
{
    public static IEnumerable<Finding> For(ServerTlsView server) => new[]
    {
        SecureRenegotiation(server), FallbackScsv(server), OcspStapling(server.Facts), Heartbeat(server.Facts), ExtendedMasterSecret(server),
    }.OfType<Finding>();

    private static bool HasTls12OrOlder(ServerTlsView server) => server.Versions.Any(v => v.Value is > 0x0002 and <= 0x0303);

    // RFC 5746 applies to TLS ≤ 1.2 (TLS 1.3 has no renegotiation, RFC 8446 §4.1.2).
    private static Finding? SecureRenegotiation(ServerTlsView server) =>
        HasTls12OrOlder(server) && server.Facts.Renegotiation is { IsCompleted: true, Value: { SecureRenegotiation: false } }
            ? new Finding(FindingIds.TlsRenegotiationNotSecure, Severity.Warning, "Secure renegotiation (RFC 5746) is not supported",
                "The ServerHello carries no renegotiation_info. Clients that require it (Firefox with security.ssl.require_safe_negotiation) refuse the server, and the server cannot prove renegotiations are safe.",
                ["no renegotiation_info extension in the ServerHello"],
                FixAdvice.Text("Upgrade the TLS library (OpenSSL 0.9.8m or newer supports RFC 5746)."))
            : null;

    // RFC 7507: only meaningful when a lower version exists to fall back to.
    private static Finding? FallbackScsv(ServerTlsView server) =>
        server.Versions.Count(v => v != ProtocolVersion.Ssl2) >= 2 && server.Facts.FallbackScsv is { IsCompleted: true, Value: { Supported: false } f }
            ? new Finding(FindingIds.TlsFallbackScsvMissing, Severity.Warning, "TLS_FALLBACK_SCSV is not honoured",
                "The server supports several versions but accepts a downgraded retry that carries TLS_FALLBACK_SCSV (RFC 7507), so an attacker who breaks the first handshake can push a fallback-capable client to an older version.",
                [f.Detail, $"supported: {string.Join(", ", server.Versions)}"],
                FixAdvice.Text("Upgrade OpenSSL (1.0.1j or newer honours TLS_FALLBACK_SCSV), or enable only TLS 1.2 and 1.3."))
            : null;

    private static Finding? OcspStapling(ScanFacts facts) => facts.OcspStapling is { IsCompleted: true, Value: { Stapled: false } o }
        ? new Finding(FindingIds.TlsOcspStaplingMissing, Severity.Info, "OCSP stapling is not enabled",
            "Without a stapled response (RFC 6066 §8), clients that check revocation ask the CA themselves: slower handshakes and a privacy leak.",
            [$"no CertificateStatus message on {o.Protocol}"],
            ServerConfigFixes.Stapling("Enable OCSP stapling."))
        : null;

    private static Finding? Heartbeat(ScanFacts facts) => facts.HeartbeatExtension is { IsCompleted: true, Value: true }
        ? new Finding(FindingIds.TlsHeartbeatEnabled, Severity.Info, "The heartbeat extension is enabled",
            "Heartbeat (RFC 6520) is unused by HTTPS clients and was the vector of Heartbleed; OpenSSL 1.1.1 removed it.",
            ["the ServerHello echoed the heartbeat extension"],
            FixAdvice.Text("Upgrade OpenSSL to 1.1.1 or newer, or build it with -DOPENSSL_NO_HEARTBEATS."))
        : null;

    // RFC 7627 applies to TLS ≤ 1.2; TLS 1.3 binds the handshake hash into every key by design.
    private static Finding? ExtendedMasterSecret(ServerTlsView server) =>
        HasTls12OrOlder(server) && server.Facts.ExtendedMasterSecret is { IsCompleted: true, Value: false }
            ? new Finding(FindingIds.TlsExtendedMasterSecretMissing, Severity.Warning, "Extended master secret (RFC 7627) is not supported",
                "Without it, TLS ≤ 1.2 sessions are open to the triple-handshake attack (resumption across servers) and FIPS 140-3 validated clients may refuse the server.",
                ["the ServerHello did not echo extended_master_secret"],
                FixAdvice.Text("Upgrade OpenSSL to 1.1.0 or newer (extended master secret is on by default)."))
            : null;
}
