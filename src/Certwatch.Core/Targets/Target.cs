using System.Net;

namespace Certwatch.Core.Targets;

/// <summary>
/// What to check: a host (name or IP literal) and port, the name to send as SNI and to match the
/// certificate against, and optionally one pinned address instead of every address the name resolves to.
/// </summary>
/// <param name="Input">The text the user typed, for messages.</param>
/// <param name="Host">Host name or IP literal, without brackets.</param>
/// <param name="Port">TCP port.</param>
/// <param name="ServerName">The name sent as SNI and matched against the certificate; null for an IP literal without --sni.</param>
/// <param name="PinnedAddress">Probe only this address (<c>--ip</c>, or the host is an IP literal).</param>
/// <param name="Scheme">URL scheme when one was given (https, smtps…), else null.</param>
public sealed record Target(string Input, string Host, int Port, string? ServerName, IPAddress? PinnedAddress, string? Scheme)
{
    /// <summary>The name a certificate must be valid for: the SNI name, else the IP literal.</summary>
    public string ExpectedName => ServerName ?? Host;

    /// <summary>The plain-text dialogue that precedes the TLS handshake; None for implicit TLS.</summary>
    public StartTlsProtocol StartTls { get; init; }

    public bool HostIsIpLiteral => IPAddress.TryParse(Host, out _);

    /// <summary>host:port with IPv6 in brackets, for display.</summary>
    public string Display => (Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host) + ":" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
