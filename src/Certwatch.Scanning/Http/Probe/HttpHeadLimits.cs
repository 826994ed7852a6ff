namespace Certwatch.Scanning.Http;

/// <summary>
/// Bounds on one response head. RFC 9112 §2.3 lets a recipient reject an over-long head; these keep a
/// hostile server (a 1 MB header line, endless fields) from costing more than a few kilobytes of memory.
/// </summary>
/// <param name="MaxHeadBytes">Total bytes of status line plus fields.</param>
/// <param name="MaxLineBytes">Bytes of any one line.</param>
/// <param name="MaxFields">Number of header field lines.</param>
public sealed record HttpHeadLimits(int MaxHeadBytes = 64 * 1024, int MaxLineBytes = 16 * 1024, int MaxFields = 256)
{
    public static HttpHeadLimits Default { get; } = new();
}
