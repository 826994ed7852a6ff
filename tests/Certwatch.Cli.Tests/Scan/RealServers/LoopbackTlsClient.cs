using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.Cli.Tests.Scan.RealServers;

/// <summary>What one TLS handshake with a fixture server showed: the version and the chain as sent.</summary>
internal sealed record LoopbackHandshake(SslProtocols Protocol, IReadOnlyList<string> ServedThumbprints)
{
    /// <summary>Handshakes with 127.0.0.1:<paramref name="port"/> accepting any certificate; null when the server refused.</summary>
    public static async Task<LoopbackHandshake?> TryAsync(int port, SslProtocols protocols = SslProtocols.None)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        var served = new List<string>();
        await using var tls = new SslStream(client.GetStream(), false, (_, _, chain, _) =>
        {
            // ExtraStore holds the certificates exactly as the server sent them.
            served.AddRange(chain!.ChainPolicy.ExtraStore.Select(c => c.Thumbprint));
            return true;
        });
        try
        {
            await tls.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions { TargetHost = "localhost", EnabledSslProtocols = protocols },
                timeout.Token);
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            return null;
        }

        return new LoopbackHandshake(tls.SslProtocol, served);
    }

    /// <summary>True when a plain TCP connect to 127.0.0.1:<paramref name="port"/> is accepted.</summary>
    public static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient(AddressFamily.InterNetwork);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static IReadOnlyList<string> Thumbprints(IEnumerable<X509Certificate2> certificates) =>
        [.. certificates.Select(c => c.Thumbprint)];
}
