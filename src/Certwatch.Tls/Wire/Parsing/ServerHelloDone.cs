namespace Certwatch.Tls.Wire;

/// <summary>ServerHelloDone (RFC 5246 §7.4.5): an empty body that ends a TLS 1.2 server's first flight.</summary>
public static class ServerHelloDone
{
    public static bool TryParse(ReadOnlySpan<byte> body, out InvalidMessage error)
    {
        error = body.IsEmpty ? InvalidMessage.None : InvalidMessage.TrailingData;
        return body.IsEmpty;
    }
}
