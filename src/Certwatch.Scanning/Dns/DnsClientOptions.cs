using System.Net;

namespace Certwatch.Scanning.Dns;

/// <summary>Where and how <see cref="DnsClient"/> asks.</summary>
public sealed record DnsClientOptions(IReadOnlyList<IPEndPoint> Servers)
{
    public const int DnsPort = 53;

    /// <summary>How long one server gets for one attempt (UDP, and TCP again when the reply was truncated).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times the whole server list is tried.</summary>
    public int Attempts { get; init; } = 2;

    /// <summary>EDNS0 UDP payload size advertised; null sends no OPT record.</summary>
    public int? EdnsUdpPayloadSize { get; init; } = DnsQueryBuilder.DefaultUdpPayloadSize;

    /// <summary>CNAMEs followed before giving up (BIND and Unbound stop near this order too).</summary>
    public int MaxCnameHops { get; init; } = 8;
}
