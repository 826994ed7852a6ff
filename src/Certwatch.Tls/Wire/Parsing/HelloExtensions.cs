namespace Certwatch.Tls.Wire;

/// <summary>
/// The optional extensions block that ends both hellos (RFC 5246 §7.4.1.2: "the presence of extensions can be
/// detected by determining whether there are bytes following the compression_methods").
/// </summary>
internal static class HelloExtensions
{
    public static bool TryReadOptional(ref WireReader reader, out IReadOnlyList<TlsExtension> extensions, out InvalidMessage error)
    {
        extensions = [];
        error = InvalidMessage.None;
        if (reader.IsEmpty)
        {
            return true;
        }

        if (!reader.TryReadVector16(out var block))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        if (!reader.IsEmpty)
        {
            error = InvalidMessage.TrailingData;
            return false;
        }

        return TlsExtension.TryParseList(block, out extensions, out error);
    }
}
