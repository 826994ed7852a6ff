using System.Text;

namespace Certwatch.Scanning.Dns;

/// <summary>
/// Domain names on the wire (RFC 1035 §3.1, §4.1.4): reading follows compression pointers under a rule that
/// guarantees termination; writing never compresses. Names are shown in presentation form without the
/// trailing dot ("" is the root); octets outside printable ASCII, '.' and '\' inside a label become \DDD.
/// </summary>
public static class DnsName
{
    public const int MaxWireLength = 255;
    public const int MaxLabelLength = 63;

    /// <summary>
    /// Reads a name at <paramref name="offset"/> and moves the offset past it (past the first pointer, if any).
    /// Every pointer must point strictly before the previous jump target (or the name's start): real
    /// compressors only point at names written earlier, and strictly decreasing targets cannot loop.
    /// </summary>
    public static DnsParseError TryRead(ReadOnlySpan<byte> message, ref int offset, out string name)
    {
        name = "";
        var text = new StringBuilder();
        var position = offset;
        var limit = offset;
        var resumeAt = -1;
        var wireLength = 1;
        while (true)
        {
            if (position >= message.Length)
            {
                return DnsParseError.Truncated;
            }

            var length = message[position];
            if (length == 0)
            {
                offset = resumeAt >= 0 ? resumeAt : position + 1;
                name = text.ToString();
                return DnsParseError.None;
            }

            switch (length & 0xC0)
            {
                case 0xC0:
                    if (position + 1 >= message.Length)
                    {
                        return DnsParseError.Truncated;
                    }

                    var target = ((length & 0x3F) << 8) | message[position + 1];
                    if (target >= message.Length)
                    {
                        return DnsParseError.PointerOutOfRange;
                    }

                    if (target >= limit)
                    {
                        return DnsParseError.PointerLoop;
                    }

                    if (resumeAt < 0)
                    {
                        resumeAt = position + 2;
                    }

                    position = limit = target;
                    continue;
                case 0x00:
                    break;
                default:
                    return DnsParseError.BadLabelType;
            }

            wireLength += length + 1;
            if (wireLength > MaxWireLength)
            {
                return DnsParseError.NameTooLong;
            }

            if (position + 1 + length > message.Length)
            {
                return DnsParseError.Truncated;
            }

            AppendLabel(text, message.Slice(position + 1, length));
            position += 1 + length;
        }
    }

    /// <summary>Wire form of a presentation name (ASCII, optional trailing dot); false when it is not a valid name.</summary>
    public static bool TryEncode(string name, out byte[] wire)
    {
        wire = [];
        var trimmed = name.EndsWith('.') ? name[..^1] : name;
        if (trimmed.Length == 0)
        {
            wire = [0];
            return name.Length <= 1;
        }

        var buffer = new List<byte>(trimmed.Length + 2);
        foreach (var label in trimmed.Split('.'))
        {
            if (label.Length is 0 or > MaxLabelLength || !label.All(char.IsAscii))
            {
                return false;
            }

            buffer.Add((byte)label.Length);
            buffer.AddRange(label.Select(c => (byte)c));
        }

        buffer.Add(0);
        wire = [.. buffer];
        return wire.Length <= MaxWireLength;
    }

    /// <summary>Names compare case-insensitively for ASCII letters only (RFC 4343 §3); a trailing dot is ignored.</summary>
    public static bool AreEqual(string left, string right) =>
        string.Equals(left.TrimEnd('.'), right.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static void AppendLabel(StringBuilder text, ReadOnlySpan<byte> label)
    {
        if (text.Length > 0)
        {
            text.Append('.');
        }

        foreach (var octet in label)
        {
            if (octet is > 0x20 and < 0x7F and not (byte)'.' and not (byte)'\\')
            {
                text.Append((char)octet);
            }
            else
            {
                text.Append('\\').Append(octet.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
