using System.Net.Sockets;

namespace Certwatch.Tls.Handshake;

/// <summary>
/// Passes reads and writes through, remembering the first bytes the peer sent and whether the peer closed
/// or reset the connection. That is what tells "speaks HTTP, not TLS" from "closed on us" after SslStream
/// has turned both into the same exception.
/// </summary>
internal sealed class FirstBytesRecordingStream(Stream inner) : Stream
{
    // Enough for a whole SSH banner or SMTP greeting line, which name the service better than hex does.
    public const int Capacity = 64;

    private readonly byte[] _first = new byte[Capacity];
    private int _firstCount;

    public ReadOnlySpan<byte> FirstBytes => _first.AsSpan(0, _firstCount);

    /// <summary>A read returned 0: the peer closed its side (FIN).</summary>
    public bool SawEndOfStream { get; private set; }

    /// <summary>A read failed because the peer reset the connection (RST).</summary>
    public bool SawReset { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Record(buffer, inner.Read(buffer));
        }
        catch (IOException e)
        {
            NoteFailure(e);
            throw;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            return Record(buffer.Span, read);
        }
        catch (IOException e)
        {
            NoteFailure(e);
            throw;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(buffer, cancellationToken);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }

    private int Record(ReadOnlySpan<byte> buffer, int read)
    {
        if (read == 0)
        {
            SawEndOfStream = true;
            return 0;
        }

        var take = Math.Min(read, Capacity - _firstCount);
        buffer[..take].CopyTo(_first.AsSpan(_firstCount));
        _firstCount += take;
        return read;
    }

    private void NoteFailure(IOException e)
    {
        if (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted })
        {
            SawReset = true;
        }
    }
}
