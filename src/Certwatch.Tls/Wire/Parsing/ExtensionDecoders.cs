using System.Text;

namespace Certwatch.Tls.Wire;

/// <summary>
/// Decodes the data of the extensions a scanner needs to read. Each decoder consumes the whole extension
/// data and reports an inner vector that does not fill it as <see cref="InvalidMessage.LengthMismatch"/>.
/// </summary>
internal static class ExtensionDecoders
{
    /// <summary>A vector of uint16 ids with a 1- or 2-byte length prefix (supported_versions, supported_groups, signature_algorithms).</summary>
    public static InvalidMessage UInt16List(ReadOnlySpan<byte> data, int prefixBytes, out List<ushort> values)
    {
        values = [];
        var reader = new WireReader(data);
        ReadOnlySpan<byte> body;
        var read = prefixBytes == 1 ? reader.TryReadVector8(out body) : reader.TryReadVector16(out body);
        if (!read || !reader.IsEmpty || body.Length % 2 != 0)
        {
            return InvalidMessage.LengthMismatch;
        }

        for (var i = 0; i < body.Length; i += 2)
        {
            values.Add((ushort)((body[i] << 8) | body[i + 1]));
        }

        return InvalidMessage.None;
    }

    /// <summary>ec_point_formats (RFC 8422 §5.1.2): <c>ECPointFormat ec_point_format_list&lt;1..2^8-1&gt;</c>.</summary>
    public static InvalidMessage ByteList(ReadOnlySpan<byte> data, out byte[] values)
    {
        values = [];
        var reader = new WireReader(data);
        if (!reader.TryReadVector8(out var body) || !reader.IsEmpty)
        {
            return InvalidMessage.LengthMismatch;
        }

        values = body.ToArray();
        return InvalidMessage.None;
    }

    /// <summary>ALPN (RFC 7301 §3.1): <c>ProtocolName protocol_name_list&lt;2..2^16-1&gt;</c>, each <c>opaque&lt;1..2^8-1&gt;</c>.</summary>
    public static InvalidMessage Alpn(ReadOnlySpan<byte> data, out List<string> protocols)
    {
        protocols = [];
        var outer = new WireReader(data);
        if (!outer.TryReadVector16(out var body) || !outer.IsEmpty)
        {
            return InvalidMessage.LengthMismatch;
        }

        var reader = new WireReader(body);
        while (!reader.IsEmpty)
        {
            if (!reader.TryReadVector8(out var name))
            {
                return InvalidMessage.LengthMismatch;
            }

            protocols.Add(Encoding.ASCII.GetString(name));
        }

        return InvalidMessage.None;
    }

    /// <summary>server_name (RFC 6066 §3): the first host_name(0) entry of <c>ServerName server_name_list&lt;1..2^16-1&gt;</c>.</summary>
    public static InvalidMessage ServerName(ReadOnlySpan<byte> data, out string? hostName)
    {
        hostName = null;
        var outer = new WireReader(data);
        if (!outer.TryReadVector16(out var body) || !outer.IsEmpty)
        {
            return InvalidMessage.LengthMismatch;
        }

        var reader = new WireReader(body);
        while (!reader.IsEmpty)
        {
            if (!reader.TryReadUInt8(out var nameType) || !reader.TryReadVector16(out var name))
            {
                return InvalidMessage.LengthMismatch;
            }

            hostName ??= nameType == 0 ? Encoding.ASCII.GetString(name) : null;
        }

        return InvalidMessage.None;
    }

    /// <summary>A ClientHello key_share (RFC 8446 §4.2.8): <c>KeyShareEntry client_shares&lt;0..2^16-1&gt;</c>.</summary>
    public static InvalidMessage ClientKeyShares(ReadOnlySpan<byte> data, out List<KeyShareEntry> shares)
    {
        shares = [];
        var outer = new WireReader(data);
        if (!outer.TryReadVector16(out var body) || !outer.IsEmpty)
        {
            return InvalidMessage.LengthMismatch;
        }

        var reader = new WireReader(body);
        while (!reader.IsEmpty)
        {
            if (!TryReadKeyShare(ref reader, out var share))
            {
                return InvalidMessage.LengthMismatch;
            }

            shares.Add(share!);
        }

        return InvalidMessage.None;
    }

    /// <summary>A ServerHello key_share: exactly one <c>KeyShareEntry server_share</c>.</summary>
    public static InvalidMessage ServerKeyShare(ReadOnlySpan<byte> data, out KeyShareEntry? share)
    {
        var reader = new WireReader(data);
        return TryReadKeyShare(ref reader, out share) && reader.IsEmpty ? InvalidMessage.None : InvalidMessage.LengthMismatch;
    }

    /// <summary>A HelloRetryRequest key_share: just <c>NamedGroup selected_group</c>.</summary>
    public static InvalidMessage SelectedGroup(ReadOnlySpan<byte> data, out NamedGroup? group)
    {
        group = data.Length == 2 ? new NamedGroup((ushort)((data[0] << 8) | data[1])) : null;
        return group is null ? InvalidMessage.LengthMismatch : InvalidMessage.None;
    }

    private static bool TryReadKeyShare(ref WireReader reader, out KeyShareEntry? share)
    {
        share = null;
        if (!reader.TryReadUInt16(out var group) || !reader.TryReadVector16(out var key))
        {
            return false;
        }

        share = new KeyShareEntry(new NamedGroup(group), key.ToArray());
        return true;
    }
}
