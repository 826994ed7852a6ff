using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Certwatch.Scanning.Dns;

/// <summary>One query over TCP, each message prefixed by its 2-byte length (RFC 1035 §4.2.2, RFC 7766 §8).</summary>
internal static class DnsTcpExchange
{
    public static async Task<DnsExchangeOutcome> ExchangeAsync(
        IPEndPoint server, byte[] query, ushort id, DnsQuestion question, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(server, deadline.Token);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            var framed = new byte[2 + query.Length];
            BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)query.Length);
            query.CopyTo(framed, 2);
            await stream.WriteAsync(framed, deadline.Token);
            var reply = await ReadFramedAsync(stream, deadline.Token);
            return DnsMessage.TryParse(reply, out var message) == DnsParseError.None && DnsExchangeOutcome.IsReplyTo(message!, id, question)
                ? DnsExchangeOutcome.Answered(message!)
                : DnsExchangeOutcome.Failed(DnsErrorKind.MalformedResponse, "malformed or mismatched reply over TCP");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DnsExchangeOutcome.Failed(DnsErrorKind.Timeout, $"timeout after {timeout.TotalSeconds:0.###}s over TCP");
        }
        catch (EndOfStreamException)
        {
            return DnsExchangeOutcome.Failed(DnsErrorKind.NetworkError, "connection closed before the reply over TCP");
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return DnsExchangeOutcome.Failed(DnsErrorKind.NetworkError, $"{(e as SocketException)?.SocketErrorCode.ToString() ?? e.Message} over TCP");
        }
    }

    // The length prefix caps a reply at 65535 bytes, so the buffer is bounded by construction.
    private static async Task<byte[]> ReadFramedAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var prefix = new byte[2];
        await stream.ReadExactlyAsync(prefix, cancellationToken);
        var reply = new byte[BinaryPrimitives.ReadUInt16BigEndian(prefix)];
        await stream.ReadExactlyAsync(reply, cancellationToken);
        return reply;
    }
}
