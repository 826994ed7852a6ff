using System.Net;
using System.Net.Sockets;

namespace Certwatch.Cli.Tests.Fixtures;

internal static class ClosedPort
{
    /// <summary>A loopback port that was just free: connecting to it is refused.</summary>
    public static int Find()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
