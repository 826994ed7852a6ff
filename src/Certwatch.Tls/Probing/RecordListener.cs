using System.Net.Sockets;
using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Probing;

/// <summary>
/// Writes bytes on a probe connection after the first flight and listens for records for a short window: the
/// follow-up step of the Heartbleed, CCS-injection and ROBOT probes. Bounded in time and bytes; only the caller's
/// cancellation throws.
/// </summary>
public static class RecordListener
{
    public static async Task<RecordsRead> SendAndListenAsync(
        Stream stream,
        ReadOnlyMemory<byte> bytes,
        TimeSpan window,
        int maxBytes,
        Func<IReadOnlyList<TlsRecord>, bool> enough,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(enough);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(window);
        var buffer = new MemoryStream();
        var records = new List<TlsRecord>();
        try
        {
            await stream.WriteAsync(bytes, bound.Token);
            await stream.FlushAsync(bound.Token);
            var chunk = new byte[16 * 1024];
            while (true)
            {
                var read = await stream.ReadAsync(chunk, bound.Token);
                if (read == 0)
                {
                    return new RecordsRead(records, RecordsEnd.Closed, (int)buffer.Length);
                }

                buffer.Write(chunk, 0, read);
                if (!Drain(buffer, records))
                {
                    return new RecordsRead(records, RecordsEnd.NotTls, (int)buffer.Length);
                }

                if (enough(records))
                {
                    return new RecordsRead(records, RecordsEnd.Satisfied, (int)buffer.Length);
                }

                if (records.Sum(r => r.Fragment.Length) + buffer.Length > maxBytes)
                {
                    return new RecordsRead(records, RecordsEnd.ByteLimit, (int)buffer.Length);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RecordsRead(records, RecordsEnd.WindowOver, (int)buffer.Length);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            return new RecordsRead(records, RecordsEnd.Reset, (int)buffer.Length);
        }
    }

    // Moves the complete records out of the buffer; false when the bytes cannot be TLS records.
    private static bool Drain(MemoryStream buffer, List<TlsRecord> records)
    {
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var used = 0;
        while (true)
        {
            if (TlsRecord.TryRead(bytes[used..], out var record, out var consumed, out var error))
            {
                records.Add(record!);
                used += consumed;
                continue;
            }

            var rest = bytes[used..].ToArray();
            buffer.SetLength(0);
            buffer.Write(rest);
            return error == InvalidMessage.MessageTooShort;
        }
    }
}
