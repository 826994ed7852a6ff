using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Certwatch.Scanning.Dns;

/// <summary>Parses <c>--resolver</c> values: <c>ADDR</c>, <c>ADDR:PORT</c>, <c>[V6]:PORT</c> or a bare IPv6 address; port 53 by default.</summary>
public static class DnsServerAddress
{
    public static bool TryParse(string? text, out IPEndPoint? endpoint, out string? error)
    {
        endpoint = null;
        error = null;
        var value = text?.Trim() ?? "";
        string host = value;
        string? port = null;
        if (value.StartsWith('['))
        {
            var close = value.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || (close + 1 < value.Length && value[close + 1] != ':'))
            {
                error = $"'{value}' is not ADDR, ADDR:PORT or [IPv6]:PORT";
                return false;
            }

            host = value[1..close];
            port = close + 1 < value.Length ? value[(close + 2)..] : null;
        }
        else if (value.Count(c => c == ':') == 1)
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            (host, port) = (value[..colon], value[(colon + 1)..]);
        }

        // IPAddress.TryParse also accepts "1" or "0x7f000001"; a resolver is written as dotted IPv4 or IPv6.
        if (!IPAddress.TryParse(host, out var address) || (address.AddressFamily == AddressFamily.InterNetwork && host.Count(c => c == '.') != 3))
        {
            error = $"'{host}' is not an IPv4 or IPv6 address";
            return false;
        }

        var number = DnsClientOptions.DnsPort;
        if (port is not null && (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 65535))
        {
            error = $"port '{port}' is not a number from 1 to 65535";
            return false;
        }

        endpoint = new IPEndPoint(address, number);
        return true;
    }
}
