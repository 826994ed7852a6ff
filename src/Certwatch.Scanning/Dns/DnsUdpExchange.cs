using System.Net;
using System.Net.Sockets;

namespace Certwatch.Scanning.Dns;

/// <summary>
/// One query over UDP (RFC 1035 §4.2.1) from a fresh socket on an OS-chosen port. Datagrams from another
/// address or port, unparsable ones and ones that do not match the query are dropped and the wait goes on,
/// so a spoofed or stray datagram cannot end the exchange early.
/// </summary>
internal static class DnsUdpExchange
{
    private const int MaxDatagram = 65_535;

    public static async Task<DnsExchangeOutcome> ExchangeAsync(
        IPEndPoint server, byte[] query, ushort id, DnsQuestion question, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var sawMalformed = false;
        try
        {
            // Inside the try: creating an IPv6 socket fails on hosts without IPv6.
            using var socket = new Socket(server.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            await socket.SendToAsync(query, SocketFlags.None, server, deadline.Token);
            var buffer = new byte[MaxDatagram];
            var anySource = new IPEndPoint(server.AddressFamily == AddressFamily.InterNetwork ? IPAddress.Any : IPAddress.IPv6Any, 0);
            while (true)
            {
                var received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, anySource, deadline.Token);
                if (!server.Equals(received.RemoteEndPoint))
                {
                    continue;
                }

                var outcome = Classify(buffer.AsSpan(0, received.ReceivedBytes), id, question);
                if (outcome is not null)
                {
                    return outcome;
                }

                sawMalformed = true;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return sawMalformed
                ? DnsExchangeOutcome.Failed(DnsErrorKind.MalformedResponse, "malformed or mismatched reply")
                : DnsExchangeOutcome.Failed(DnsErrorKind.Timeout, $"timeout after {timeout.TotalSeconds:0.###}s");
        }
        catch (SocketException e)
        {
            return DnsExchangeOutcome.Failed(DnsErrorKind.NetworkError, e.SocketErrorCode.ToString());
        }
    }

    // A truncated reply may be cut inside a record (RFC 2181 §9); its header still says TC and our id.
    private static DnsExchangeOutcome? Classify(ReadOnlySpan<byte> datagram, ushort id, DnsQuestion question)
    {
        if (DnsMessage.TryParse(datagram, out var message) == DnsParseError.None)
        {
            return DnsExchangeOutcome.IsReplyTo(message!, id, question) ? DnsExchangeOutcome.Answered(message!) : null;
        }

        return DnsHeader.TryParse(datagram, out var header) == DnsParseError.None && header!.IsResponse && header.Truncated && header.Id == id
            ? DnsExchangeOutcome.Truncated()
            : null;
    }
}
