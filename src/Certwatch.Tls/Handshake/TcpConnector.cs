using System.Net;
using System.Net.Sockets;

namespace Certwatch.Tls.Handshake;

/// <summary>Opens the TCP connection of a probe, bounded by the connect timeout; failures are values.</summary>
internal static class TcpConnector
{
    public static async Task<(Socket? Socket, ProbeFailure? Failure)> ConnectAsync(
        IPEndPoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Socket? socket = null;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            // Inside the try: on a host without IPv6 even creating the socket fails, and that is an outcome too.
            socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(endpoint, timeoutSource.Token);
            return (socket, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket?.Dispose();
            return (null, new ProbeFailure(HandshakeOutcome.ConnectTimeout, $"no TCP connection within {Durations.Describe(timeout)} (connect timeout)"));
        }
        catch (SocketException e)
        {
            socket?.Dispose();
            return (null, Describe(e, endpoint, timeout));
        }
        catch
        {
            socket?.Dispose();
            throw;
        }
    }

    private static ProbeFailure Describe(SocketException e, IPEndPoint endpoint, TimeSpan timeout) => e.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => new(HandshakeOutcome.ConnectionRefused, "connection refused"),
        SocketError.TimedOut => new(HandshakeOutcome.ConnectTimeout, $"no TCP connection within {Durations.Describe(timeout)} (connect timeout)"),
        SocketError.NetworkUnreachable => new(HandshakeOutcome.ConnectFailed, "network unreachable"),
        SocketError.HostUnreachable => new(HandshakeOutcome.ConnectFailed, "host unreachable"),
        SocketError.AddressNotAvailable => new(HandshakeOutcome.ConnectFailed, "address not available"),
        SocketError.AddressFamilyNotSupported => new(HandshakeOutcome.ConnectFailed,
            $"this host cannot open {(endpoint.AddressFamily == AddressFamily.InterNetworkV6 ? "IPv6" : "IPv4")} connections"),
        _ => new(HandshakeOutcome.ConnectFailed, "connect failed: " + e.Message),
    };
}
