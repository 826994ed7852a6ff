namespace Certwatch.Tls.Probing;

/// <summary>An open probe connection (Stream non-null) or why there is none (Failure non-null).</summary>
public sealed class ProbeConnection(Stream? stream, string? failure, IDisposable? slot) : IAsyncDisposable
{
    public Stream? Stream { get; } = stream;

    /// <summary>One line: "connection refused", "STARTTLS refused: 454 TLS not available"…</summary>
    public string? Failure { get; } = failure;

    public bool IsOpen => Stream is not null;

    public async ValueTask DisposeAsync()
    {
        if (Stream is not null)
        {
            await Stream.DisposeAsync();
        }

        slot?.Dispose();
    }
}
