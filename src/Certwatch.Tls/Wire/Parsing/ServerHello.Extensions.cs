using System.Diagnostics.CodeAnalysis;

namespace Certwatch.Tls.Wire;

public sealed partial record ServerHello
{
    private static bool TryDecodeExtensions(ServerHello raw, [NotNullWhen(true)] out ServerHello? hello, out InvalidMessage error)
    {
        hello = null;
        ProtocolVersion? selected = null;
        KeyShareEntry? share = null;
        NamedGroup? retryGroup = null;
        string? alpn = null;
        error = InvalidMessage.None;
        foreach (var extension in raw.Extensions)
        {
            var data = extension.Data.Span;
            error = extension.Type.Value switch
            {
                43 => DecodeSelectedVersion(data, out selected),
                51 when raw.IsHelloRetryRequest => ExtensionDecoders.SelectedGroup(data, out retryGroup),
                51 => ExtensionDecoders.ServerKeyShare(data, out share),
                16 => DecodeAlpn(data, out alpn),
                _ => InvalidMessage.None,
            };
            if (error != InvalidMessage.None)
            {
                return false;
            }
        }

        hello = raw with { SelectedVersion = selected, KeyShare = share, RetryGroup = retryGroup, Alpn = alpn };
        return true;
    }

    private static InvalidMessage DecodeSelectedVersion(ReadOnlySpan<byte> data, out ProtocolVersion? version)
    {
        version = data.Length == 2 ? new ProtocolVersion((ushort)((data[0] << 8) | data[1])) : null;
        return version is null ? InvalidMessage.LengthMismatch : InvalidMessage.None;
    }

    // RFC 7301 §3.1: the server's list "MUST contain exactly one ProtocolName".
    private static InvalidMessage DecodeAlpn(ReadOnlySpan<byte> data, out string? protocol)
    {
        var error = ExtensionDecoders.Alpn(data, out var protocols);
        protocol = protocols.Count == 1 ? protocols[0] : null;
        return error != InvalidMessage.None || protocols.Count == 1 ? error : InvalidMessage.LengthMismatch;
    }
}
