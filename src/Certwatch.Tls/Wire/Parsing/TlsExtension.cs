namespace Certwatch.Tls.Wire;

/// <summary>
/// One hello extension with its raw data (RFC 8446 §4.2). Extensions we do not decode are kept as they came,
/// so a later check can read them and a fake server can echo them.
/// </summary>
public sealed record TlsExtension(ExtensionType Type, ReadOnlyMemory<byte> Data)
{
    /// <summary>
    /// Reads <c>Extension extensions&lt;0..2^16-1&gt;</c> — the body of the vector, without its length prefix.
    /// A repeated type is <see cref="InvalidMessage.DuplicateExtension"/> (RFC 8446 §4.2, RFC 5246 §7.4.1.4).
    /// </summary>
    public static bool TryParseList(ReadOnlySpan<byte> block, out IReadOnlyList<TlsExtension> extensions, out InvalidMessage error)
    {
        var list = new List<TlsExtension>();
        var seen = new HashSet<ushort>();
        extensions = list;
        var reader = new WireReader(block);
        while (!reader.IsEmpty)
        {
            // each pass consumes at least the 4-byte type and length
            if (!reader.TryReadUInt16(out var type) || !reader.TryReadVector16(out var data))
            {
                error = InvalidMessage.MessageTooShort;
                return false;
            }

            if (!seen.Add(type))
            {
                error = InvalidMessage.DuplicateExtension;
                return false;
            }

            list.Add(new TlsExtension(new ExtensionType(type), data.ToArray()));
        }

        error = InvalidMessage.None;
        return true;
    }

    public override string ToString() => $"{Type} ({Data.Length} bytes)";
}
