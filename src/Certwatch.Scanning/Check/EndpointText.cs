using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Certwatch.Scanning.Check;

/// <summary>address:port for messages, IPv6 in brackets.</summary>
internal static class EndpointText
{
    public static string Format(IPAddress address, int port) =>
        (address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString())
        + ":" + port.ToString(CultureInfo.InvariantCulture);
}
