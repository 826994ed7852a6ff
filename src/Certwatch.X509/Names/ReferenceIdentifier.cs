using System.Net;
using System.Net.Sockets;

namespace Certwatch.X509.Names;

/// <summary>Classifies and normalises a reference identifier before matching (RFC 6125 §6.2).</summary>
internal static class ReferenceIdentifier
{
    /// <summary>
    /// An IPv4 literal in dotted-quad form or an IPv6 literal (optionally in brackets). Shorthand such
    /// as "10.1" is a DNS name here, as in browsers' canonical host parsing it would not be matched to a SAN IP.
    /// </summary>
    public static bool TryParseIp(string name, out IPAddress? address)
    {
        address = null;
        var candidate = name.Trim();
        if (candidate.StartsWith('[') && candidate.EndsWith(']'))
        {
            candidate = candidate[1..^1];
        }

        if (candidate.Contains(':', StringComparison.Ordinal))
        {
            if (!IPAddress.TryParse(candidate, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return false;
            }

            // A zone ("%eth0") is local routing, not part of the identity a certificate can name.
            address = new IPAddress(parsed.GetAddressBytes());
            return true;
        }

        var parts = candidate.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit))
            && IPAddress.TryParse(candidate, out address);
    }

    /// <summary>Lower-cased (ASCII), one trailing dot removed; null for names with empty labels.</summary>
    public static string? NormalizeDns(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.EndsWith('.'))
        {
            trimmed = trimmed[..^1];
        }

        if (trimmed.Length == 0 || trimmed.Split('.').Any(label => label.Length == 0))
        {
            return null;
        }

        return trimmed.ToLowerInvariant();
    }
}
