namespace Certwatch.Tls.Probing;

/// <summary>Why <see cref="RecordListener"/> stopped reading.</summary>
public enum RecordsEnd
{
    /// <summary>The caller's condition was met.</summary>
    Satisfied,

    /// <summary>The listening window passed (silence is an answer for some probes).</summary>
    WindowOver,

    /// <summary>The server closed the connection.</summary>
    Closed,

    /// <summary>The connection was reset.</summary>
    Reset,

    /// <summary>The bytes are not TLS records.</summary>
    NotTls,

    /// <summary>More bytes than the caller allowed.</summary>
    ByteLimit,
}
