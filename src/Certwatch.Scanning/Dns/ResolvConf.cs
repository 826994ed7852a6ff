using System.Net;

namespace Certwatch.Scanning.Dns;

/// <summary>
/// The nameservers of a resolv.conf(5): only "nameserver ADDRESS" lines count; comments ('#', ';'), other
/// keywords and unparsable addresses are ignored. With none, the resolver library uses 127.0.0.1.
/// </summary>
public static class ResolvConf
{
    public const string DefaultPath = "/etc/resolv.conf";

    public static IReadOnlyList<IPEndPoint> ParseNameservers(string text)
    {
        var servers = new List<IPEndPoint>();
        foreach (var line in text.Split('\n'))
        {
            var fields = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && fields[0] == "nameserver" && TryParseAddress(fields[1], out var address))
            {
                servers.Add(new IPEndPoint(address, DnsClientOptions.DnsPort));
            }
        }

        return servers.Count > 0 ? servers : [new IPEndPoint(IPAddress.Loopback, DnsClientOptions.DnsPort)];
    }

    /// <summary>Reads the file; an unreadable or missing file means the 127.0.0.1 fallback, as for libc.</summary>
    public static IReadOnlyList<IPEndPoint> LoadNameservers(string path = DefaultPath)
    {
        try
        {
            return ParseNameservers(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseNameservers("");
        }
    }

    // IPAddress.TryParse also takes "1" or "0x7f000001"; resolv.conf holds dotted IPv4 or IPv6 text only.
    private static bool TryParseAddress(string text, out IPAddress address) =>
        IPAddress.TryParse(text, out address!) && text.AsSpan().IndexOfAny('.', ':') >= 0;
}
