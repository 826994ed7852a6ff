using System.Buffers;
using System.Net.Sockets;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Probing;

/// <summary>
/// Sends one ClientHello on an open probe connection and reads the server's answer as a <see cref="ServerFlight"/>,
/// bounded by <see cref="ProbeLimits.ReadTimeout"/> and <see cref="ProbeLimits.MaxFlightBytes"/>. Never throws
/// for server behaviour (reset, silence, garbage, endless bytes); only the caller's cancellation throws.
/// </summary>
public static class HelloExchange
{
    private const int ChunkBytes = 16 * 1024;

    public static async Task<ServerFlight> SendAsync(Stream stream, ReadOnlyMemory<byte> clientHello, ProbeLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(limits.ReadTimeout);
        var buffer = new MemoryStream(4096);
        try
        {
            await stream.WriteAsync(clientHello, bound.Token);
            await stream.FlushAsync(bound.Token);
            return await ReadFlightAsync(stream, buffer, limits, bound.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(buffer, FlightFailure.Timeout, $"no complete answer within {Durations.Describe(limits.ReadTimeout)}");
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            return Failed(buffer, FlightFailure.Reset, buffer.Length == 0 ? "connection reset by the server" : $"connection reset after {buffer.Length} bytes");
        }
    }

    private static async Task<ServerFlight> ReadFlightAsync(Stream stream, MemoryStream buffer, ProbeLimits limits, CancellationToken token)
    {
        // A scan makes about a hundred of these exchanges; pooled chunks keep it from touching fresh pages each time.
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            return await ReadFlightAsync(stream, buffer, chunk, limits, token);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static async Task<ServerFlight> ReadFlightAsync(Stream stream, MemoryStream buffer, byte[] chunk, ProbeLimits limits, CancellationToken token)
    {
        while (true)
        {
            var wanted = (int)Math.Min(ChunkBytes, limits.MaxFlightBytes + 1 - buffer.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), token);
            if (read == 0)
            {
                return Failed(buffer, FlightFailure.Closed, buffer.Length == 0 ? "the server closed the connection without answering" : $"the server closed the connection after {buffer.Length} bytes");
            }

            buffer.Write(chunk, 0, read);
            var (complete, flight) = FlightAssembler.Evaluate(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            if (complete)
            {
                return flight;
            }

            if (buffer.Length > limits.MaxFlightBytes)
            {
                return flight with { Error = $"more than {limits.MaxFlightBytes / 1024} KiB without the end of the server's first flight", Failure = FlightFailure.TooLarge };
            }
        }
    }

    private static ServerFlight Failed(MemoryStream buffer, FlightFailure failure, string error)
    {
        var (_, flight) = FlightAssembler.Evaluate(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return flight with { Error = error, Failure = failure };
    }
}
