using System.Net;
using System.Net.Sockets;

namespace Certwatch.TestKit.Servers;

/// <summary>A loopback port nobody listens on, so a connect is refused: bound by the OS, then released.</summary>
public static class FreeLoopbackPort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
