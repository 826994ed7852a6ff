using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Probing;

/// <summary>The records a server sent within a listening window, and how the window ended.</summary>
/// <param name="End">Why reading stopped.</param>
/// <param name="TrailingBytes">Bytes of a record still incomplete at the end.</param>
public sealed record RecordsRead(IReadOnlyList<TlsRecord> Records, RecordsEnd End, int TrailingBytes)
{
    public int FragmentBytes(ContentType type) => Records.Where(r => r.ContentType == type).Sum(r => r.Fragment.Length);

    public Alert? FirstAlert => Records.FirstOrDefault(r => r.ContentType == ContentType.Alert) is { } record
        && Alert.TryParse(record.Fragment.Span, out var alert, out _) ? alert : null;
}
