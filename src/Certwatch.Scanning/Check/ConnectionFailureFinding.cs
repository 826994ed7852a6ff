using Certwatch.Core.Findings;
using Certwatch.Tls.Handshake;

namespace Certwatch.Scanning.Check;

/// <summary>The finding for an address that gave no certificate: it could not be reached, or spoke no usable TLS.</summary>
internal static class ConnectionFailureFinding
{
    public static Finding For(string endpoint, HandshakeObservation observation, string? address) => observation.Outcome switch
    {
        HandshakeOutcome.ConnectionRefused or HandshakeOutcome.ConnectTimeout or HandshakeOutcome.ConnectFailed => new Finding(
            FindingIds.TlsConnectFailed,
            Severity.Critical,
            $"Cannot connect to {endpoint}: {observation.Error}",
            "No TCP connection could be made, so no client can reach the service on this address.",
            [$"{endpoint}: {observation.Error}"],
            FixAdvice.Text("Check that the service is running and listening on this port, and that no firewall or security group drops the traffic."),
            address),
        HandshakeOutcome.NotTls => new Finding(
            FindingIds.TlsHandshakeFailed,
            Severity.Critical,
            $"No TLS on {endpoint}: {observation.Error}",
            "The port accepted the connection but did not answer the TLS ClientHello with TLS; clients fail before any certificate is seen.",
            [$"{endpoint}: {observation.Error}"],
            FixAdvice.Text("Point clients at the TLS port, or enable TLS on this listener (nginx: `listen 443 ssl;`; Apache: `SSLEngine on`)."),
            address),
        _ => new Finding(
            FindingIds.TlsHandshakeFailed,
            Severity.Critical,
            $"TLS handshake with {endpoint} failed: {observation.Error}",
            "The connection was made but the TLS handshake did not complete, so no certificate could be examined and clients cannot connect.",
            [$"{endpoint}: {observation.Error}"],
            FixAdvice.Text("Check the server's TLS configuration and logs (certificate and key loaded, protocols and ciphers enabled) and anything in front of it that may drop TLS."),
            address),
    };

    public static Finding DnsFailed(string message) => new(
        FindingIds.DnsFailed,
        Severity.Critical,
        message,
        "The name has no address, so no client can connect to it.",
        [message],
        FixAdvice.Text("Check the spelling, and that the DNS zone has an A or AAAA record for the name."),
        null);

    public static Finding TimedOut(string target, TimeSpan limit) => new(
        FindingIds.TlsConnectFailed,
        Severity.Critical,
        $"Checking {target} did not finish within {limit.TotalSeconds:0.#} s",
        "Name resolution, connection and handshake together took longer than the overall timeout.",
        [$"overall timeout: {limit.TotalSeconds:0.#} s"],
        FixAdvice.Text("Check that the service answers promptly; raise the timeout if the network is known to be slow."),
        null);
}
