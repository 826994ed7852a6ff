using System.Diagnostics.CodeAnalysis;

namespace Certwatch.Tls.Wire;

public sealed partial record ClientHello
{
    private static bool TryDecodeExtensions(ClientHello raw, [NotNullWhen(true)] out ClientHello? hello, out InvalidMessage error)
    {
        hello = raw;
        error = InvalidMessage.None;
        foreach (var extension in raw.Extensions)
        {
            error = Decode(extension, ref hello);
            if (error != InvalidMessage.None)
            {
                hello = null;
                return false;
            }
        }

        return true;
    }

    private static InvalidMessage Decode(TlsExtension extension, ref ClientHello hello)
    {
        var data = extension.Data.Span;
        InvalidMessage error;
        switch (extension.Type.Value)
        {
            case 0:
                error = ExtensionDecoders.ServerName(data, out var name);
                hello = hello with { ServerName = name };
                return error;
            case 43:
                error = ExtensionDecoders.UInt16List(data, 1, out var versions);
                hello = hello with { SupportedVersions = [.. versions.Select(v => new ProtocolVersion(v))] };
                return error;
            case 10:
                error = ExtensionDecoders.UInt16List(data, 2, out var groups);
                hello = hello with { SupportedGroups = [.. groups.Select(g => new NamedGroup(g))] };
                return error;
            case 13:
                error = ExtensionDecoders.UInt16List(data, 2, out var schemes);
                hello = hello with { SignatureAlgorithms = [.. schemes.Select(s => new SignatureScheme(s))] };
                return error;
            default:
                return DecodeRest(extension, data, ref hello);
        }
    }

    private static InvalidMessage DecodeRest(TlsExtension extension, ReadOnlySpan<byte> data, ref ClientHello hello)
    {
        InvalidMessage error;
        switch (extension.Type.Value)
        {
            case 11:
                error = ExtensionDecoders.ByteList(data, out var formats);
                hello = hello with { EcPointFormats = formats };
                return error;
            case 51:
                error = ExtensionDecoders.ClientKeyShares(data, out var shares);
                hello = hello with { KeyShares = shares };
                return error;
            case 16:
                error = ExtensionDecoders.Alpn(data, out var protocols);
                hello = hello with { Alpn = protocols };
                return error;
            default:
                return InvalidMessage.None;
        }
    }
}
