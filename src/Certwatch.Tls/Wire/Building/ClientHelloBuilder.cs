using System.Text;

namespace Certwatch.Tls.Wire;

/// <summary>
/// Writes a ClientHello exactly as a <see cref="ClientHelloSpec"/> describes it, whatever the version or suites:
/// probes need hellos no real client would send. The result is ready to write to a socket.
/// </summary>
public static class ClientHelloBuilder
{
    private const int MaxFragment = 16384;

    /// <summary>The hello as TLS records (split at 2^14 bytes, RFC 8446 §5.1).</summary>
    public static byte[] Build(ClientHelloSpec spec)
    {
        var handshake = BuildHandshake(spec);
        var records = new WireWriter();
        for (var offset = 0; offset < handshake.Length; offset += MaxFragment)
        {
            var fragment = handshake.AsSpan(offset, Math.Min(MaxFragment, handshake.Length - offset));
            records.UInt8(ContentType.Handshake.Value).UInt16(spec.RecordVersion.Value).UInt16(fragment.Length).Bytes(fragment);
        }

        return records.ToArray();
    }

    /// <summary>The handshake message: type client_hello(1), uint24 length, body.</summary>
    public static byte[] BuildHandshake(ClientHelloSpec spec)
    {
        var body = BuildBody(spec);
        return new WireWriter().UInt8(HandshakeType.ClientHello.Value).UInt24(body.Length).Bytes(body).ToArray();
    }

    /// <summary>The ClientHello body (RFC 8446 §4.1.2).</summary>
    public static byte[] BuildBody(ClientHelloSpec spec)
    {
        var w = new WireWriter().UInt16(spec.LegacyVersion.Value).Bytes(spec.Random.Span);
        Vector(w, 1, v => v.Bytes(spec.SessionId.Span));
        Vector(w, 2, v => spec.CipherSuites.ToList().ForEach(s => v.UInt16(s.Value)));
        Vector(w, 1, v => spec.CompressionMethods.ToList().ForEach(m => v.UInt8(m)));
        var extensions = ClientHelloExtensions.From(spec);
        if (extensions.Count > 0)
        {
            Vector(w, 2, v => extensions.ForEach(e => Vector(v.UInt16(e.Type.Value), 2, d => d.Bytes(e.Data.Span))));
        }

        return w.ToArray();
    }

    internal static void Vector(WireWriter writer, int prefixBytes, Action<WireWriter> body)
    {
        var position = writer.BeginVector(prefixBytes);
        body(writer);
        writer.EndVector(position, prefixBytes);
    }

    internal static byte[] Data(Action<WireWriter> write)
    {
        var writer = new WireWriter();
        write(writer);
        return writer.ToArray();
    }

    internal static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
