using System.Net;
using Certwatch.Core.Targets;

namespace Certwatch.Tls.Probing;

/// <summary>Where a scan probe connects: one address and port, the SNI name, and the dialogue that precedes TLS.</summary>
/// <param name="ServerName">Sent as SNI; null for an IP target without --sni.</param>
/// <param name="DialogueName">The name the STARTTLS dialogue uses (XMPP's stream "to"); the host when null.</param>
public sealed record ProbeEndpoint(IPAddress Address, int Port, string? ServerName, StartTlsProtocol StartTls, string? DialogueName = null)
{
    public override string ToString() => (Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{Address}]" : Address.ToString()) + ":" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
