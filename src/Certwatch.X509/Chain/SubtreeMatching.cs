using System.Net;
using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Whether one name lies in one GeneralSubtree, per name form (RFC 5280 §4.2.1.10), and whether a
/// constraint or a name is well-formed enough to be compared at all.
/// </summary>
internal static class SubtreeMatching
{
    public const int EmailTag = 1;
    public const int DirectoryTag = 4;

    /// <summary>dNSName: "example.com" covers itself and every name below it; ".example.com" only the names below it.</summary>
    public static bool DnsMatches(string constraint, string name)
    {
        var c = constraint.ToLowerInvariant().TrimEnd('.');
        var n = name.ToLowerInvariant().TrimEnd('.');
        if (c.Length == 0)
        {
            return true;
        }

        return c.StartsWith('.') ? n.EndsWith(c, StringComparison.Ordinal) : n == c || n.EndsWith("." + c, StringComparison.Ordinal);
    }

    /// <summary>A dNSName constraint: LDH labels, an optional leading dot, no wildcard (RFC 5280 §4.2.1.10 has none).</summary>
    public static bool IsValidDnsConstraint(string constraint)
    {
        var body = constraint.StartsWith('.') ? constraint[1..] : constraint;
        return constraint.Length == 0 || AreLdhLabels(body, allowWildcard: false);
    }

    /// <summary>A SAN dNSName: LDH labels, a wildcard only as the whole left-most label (RFC 5280 §4.2.1.6, RFC 6125 §6.4.3).</summary>
    public static bool IsValidDnsName(string name) => AreLdhLabels(name.TrimEnd('.'), allowWildcard: true);

    /// <summary>iPAddress: a name of 4/16 octets lies in an address+mask constraint of 8/32 octets of the same family.</summary>
    public static bool IpMatches(byte[] constraint, byte[] address)
    {
        var half = constraint.Length / 2;
        if (address.Length != half)
        {
            return false;
        }

        for (var i = 0; i < half; i++)
        {
            if ((address[i] & constraint[half + i]) != (constraint[i] & constraint[half + i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An iPAddress constraint is an address and a contiguous (CIDR) mask: 8 or 32 octets (RFC 5280 §4.2.1.10).</summary>
    public static bool IsValidIpConstraint(byte[] constraint)
    {
        if (constraint.Length is not (8 or 32))
        {
            return false;
        }

        var seenZero = false;
        foreach (var octet in constraint.AsSpan(constraint.Length / 2))
        {
            for (var bit = 7; bit >= 0; bit--)
            {
                var set = (octet >> bit & 1) == 1;
                if (set && seenZero)
                {
                    return false;
                }

                seenZero |= !set;
            }
        }

        return true;
    }

    /// <summary>directoryName: the constraint's RDNs are the first RDNs of the name (compared as encoded).</summary>
    public static bool DirectoryMatches(IReadOnlyList<byte[]> constraintRdns, IReadOnlyList<byte[]> nameRdns) =>
        constraintRdns.Count <= nameRdns.Count && constraintRdns.Select((rdn, i) => rdn.AsSpan().SequenceEqual(nameRdns[i])).All(same => same);

    /// <summary>rfc822Name: "user@host" one mailbox, "host" every mailbox at that host, ".host" every mailbox below it.</summary>
    public static bool EmailMatches(string constraint, string mailbox)
    {
        var at = mailbox.LastIndexOf('@');
        var host = at >= 0 ? mailbox[(at + 1)..] : mailbox;
        if (constraint.Contains('@', StringComparison.Ordinal))
        {
            return string.Equals(constraint, mailbox, StringComparison.OrdinalIgnoreCase);
        }

        return constraint.StartsWith('.')
            ? host.EndsWith(constraint, StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, constraint, StringComparison.OrdinalIgnoreCase);
    }

    public static string Describe(GeneralName name) => name.Tag switch
    {
        GeneralName.DnsTag or EmailTag => $"{name.FormName} \"{name.Text}\"",
        GeneralName.IpTag when name.Content.Length is 8 or 32 => $"iPAddress {new IPAddress(name.Content.AsSpan(0, name.Content.Length / 2))}/{PrefixOf(name.Content)}",
        GeneralName.IpTag when name.Address is { } address => $"iPAddress {address}",
        _ => $"{name.FormName} ({name.Content.Length} bytes)",
    };

    private static int PrefixOf(byte[] content) =>
        content.AsSpan(content.Length / 2).ToArray().Sum(b => System.Numerics.BitOperations.PopCount(b));

    private static bool AreLdhLabels(string name, bool allowWildcard)
    {
        var labels = name.Split('.');
        return name.Length > 0 && labels.Select((label, i) => IsLabel(label, allowWildcard && i == 0 && labels.Length > 1)).All(ok => ok);
    }

    private static bool IsLabel(string label, bool wildcardAllowed) =>
        (wildcardAllowed && label == "*")
        || (label.Length is > 0 and <= 63 && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
}
