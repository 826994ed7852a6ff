namespace Certwatch.Scanning.Http;

/// <summary>Why one HTTP exchange gave no usable response head. Hostile or broken servers end here, never in an exception.</summary>
public enum HttpHopError
{
    /// <summary>A response head was read.</summary>
    None,

    /// <summary>The host name did not resolve (through the injected resolver).</summary>
    NotResolved,

    /// <summary>The TCP connection was refused or failed.</summary>
    ConnectFailed,

    /// <summary>The TLS handshake failed.</summary>
    TlsFailed,

    /// <summary>No complete response head within the per-hop timeout (a slow or stalling server).</summary>
    Timeout,

    /// <summary>The server closed the connection before a complete response head.</summary>
    ClosedEarly,

    /// <summary>The head exceeded the total size limit.</summary>
    HeadTooLarge,

    /// <summary>One line of the head exceeded the line length limit.</summary>
    LineTooLong,

    /// <summary>More header fields than the limit.</summary>
    TooManyHeaders,

    /// <summary>Not an HTTP/1.x response: no status line, a bad status code, or a header line that is not "name: value" (RFC 9112 §4, §5).</summary>
    Malformed,
}
