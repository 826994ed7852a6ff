using System.Globalization;
using System.Net;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// The records a <see cref="DnsmasqServer"/> answers, as dnsmasq options. Everything under
/// <see cref="LocalDomain"/> is answered locally (unknown names get NXDOMAIN, never a forwarded query).
/// </summary>
public sealed class DnsmasqZone
{
    private readonly List<string> _options = [];

    /// <summary>Only this domain is served (RFC 6761 §6.2: "test" is reserved for testing).</summary>
    public string LocalDomain { get; init; } = "test";

    public IReadOnlyList<string> Options => [$"--local=/{LocalDomain}/", .. _options];

    /// <summary>A and/or AAAA records for <paramref name="name"/> (loopback addresses only).</summary>
    public DnsmasqZone Host(string name, params IPAddress[] addresses)
    {
        if (addresses.Length == 0 || addresses.Any(a => !IPAddress.IsLoopback(a)))
        {
            throw new ArgumentException("test zones hold loopback addresses only", nameof(addresses));
        }

        _options.Add($"--host-record={name},{string.Join(',', addresses.Select(a => a.ToString()))}");
        return this;
    }

    public DnsmasqZone Mx(string domain, string exchange, int preference)
    {
        _options.Add($"--mx-host={domain},{exchange},{preference.ToString(CultureInfo.InvariantCulture)}");
        return this;
    }

    public DnsmasqZone Cname(string alias, string target)
    {
        _options.Add($"--cname={alias},{target}");
        return this;
    }

    /// <summary>Any record type by number with raw RDATA (RFC 3597 style), e.g. CAA (257) or TLSA (52).</summary>
    public DnsmasqZone Raw(string name, int type, byte[] rdata)
    {
        _options.Add($"--dns-rr={name},{type.ToString(CultureInfo.InvariantCulture)},{Convert.ToHexString(rdata)}");
        return this;
    }
}
