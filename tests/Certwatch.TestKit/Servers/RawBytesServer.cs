using System.Net;
using System.Net.Sockets;

namespace Certwatch.TestKit.Servers;

/// <summary>
/// A server that does not speak TLS: on each connection it sends fixed bytes (an HTTP response, an SSH
/// banner, garbage), then closes or holds the connection open until disposed.
/// </summary>
public sealed class RawBytesServer : IAsyncDisposable
{
    private readonly byte[] _bytes;
    private readonly RawBytesServerOptions _options;
    private readonly LoopbackAcceptLoop _loop;

    private RawBytesServer(ReadOnlySpan<byte> bytes, RawBytesServerOptions options)
    {
        _bytes = bytes.ToArray();
        _options = options;
        _loop = LoopbackAcceptLoop.Start(ServeAsync);
    }

    /// <summary>What a plain-HTTP server answers to a ClientHello.</summary>
    public static ReadOnlySpan<byte> PlainHttpResponse =>
        "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Request"u8;

    /// <summary>What an SSH server sends first.</summary>
    public static ReadOnlySpan<byte> SshBanner => "SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n"u8;

    /// <summary>Bytes that are neither TLS nor text.</summary>
    public static ReadOnlySpan<byte> Garbage => [0x00, 0xFF, 0x13, 0x37, 0xDE, 0xAD, 0xBE, 0xEF, 0x42, 0x42, 0x42, 0x42];

    public IPEndPoint EndPoint => _loop.EndPoint;

    public int Port => _loop.EndPoint.Port;

    public static RawBytesServer Start(ReadOnlySpan<byte> bytes, RawBytesServerOptions? options = null) =>
        new(bytes, options ?? new RawBytesServerOptions());

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task ServeAsync(Socket socket, CancellationToken stopping)
    {
        if (_options.WaitForClientBytes)
        {
            await socket.ReceiveAsync(new byte[4096], stopping);
        }

        await socket.SendAsync(_bytes, stopping);
        if (_options.HoldOpen)
        {
            await Task.Delay(Timeout.Infinite, stopping);
        }

        socket.Shutdown(SocketShutdown.Both);
    }
}
