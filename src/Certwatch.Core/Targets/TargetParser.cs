using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Certwatch.Core.Targets;

/// <summary>
/// Parses what users type: <c>host</c>, <c>host:port</c>, <c>https://host[:port]/path</c>,
/// <c>[v6]:port</c>, <c>v6</c>, an IP with an SNI override. Never throws for bad input.
/// </summary>
public static class TargetParser
{
    private static readonly Dictionary<string, int> DefaultPorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["https"] = 443, ["tls"] = 443, ["smtps"] = 465, ["imaps"] = 993, ["pop3s"] = 995,
        ["ldaps"] = 636, ["ftps"] = 990,
    };

    public const int DefaultPort = 443;

    /// <summary>Parses one target. <paramref name="sni"/> and <paramref name="pinnedIp"/> come from --sni and --ip.</summary>
    public static bool TryParse(string input, string? sni, string? pinnedIp, out Target? target, out string? error) =>
        TryParse(input, sni, pinnedIp, null, out target, out error);

    /// <summary>
    /// Parses one target. <paramref name="startTls"/> comes from --starttls and wins over what the scheme
    /// (smtp://, imap://…) or the port (25, 587, 143…) imply.
    /// </summary>
    public static bool TryParse(string input, string? sni, string? pinnedIp, StartTlsProtocol? startTls, out Target? target, out string? error)
    {
        target = null;
        error = null;
        var text = input.Trim();
        if (text.Length == 0)
        {
            error = "empty target";
            return false;
        }

        if (!TrySplitScheme(ref text, out var scheme, out error)
            || !TrySplitHostPort(text, scheme, out var host, out var port, out error)
            || !TryValidateHost(host, out error))
        {
            error = $"invalid target '{input}': {error}";
            return false;
        }

        IPAddress? pinned = null;
        if (pinnedIp is not null && !IPAddress.TryParse(pinnedIp, out pinned))
        {
            error = $"invalid --ip '{pinnedIp}': not an IPv4 or IPv6 address";
            return false;
        }

        if (sni is not null && !HostName.IsValid(sni))
        {
            error = $"invalid --sni '{sni}': not a DNS name";
            return false;
        }

        var isIp = IPAddress.TryParse(host, out var literal);
        pinned ??= isIp ? literal : null;
        var serverName = sni ?? (isIp ? null : host.TrimEnd('.').ToLowerInvariant());
        target = new Target(input, isIp ? literal!.ToString() : host.TrimEnd('.').ToLowerInvariant(), port, serverName, pinned, scheme)
        {
            StartTls = startTls ?? ImpliedStartTls(scheme, port),
        };
        return true;
    }

    private static StartTlsProtocol ImpliedStartTls(string? scheme, int port)
    {
        if (scheme is null)
        {
            return StartTlsDefaults.ForPort(port);
        }

        return StartTlsDefaults.Schemes.TryGetValue(scheme, out var entry) ? entry.Protocol : StartTlsProtocol.None;
    }

    private static bool TrySplitScheme(ref string text, out string? scheme, out string? error)
    {
        scheme = null;
        error = null;
        var marker = text.IndexOf("://", StringComparison.Ordinal);
        if (marker < 0)
        {
            return true;
        }

        scheme = text[..marker].ToLowerInvariant();
        if (!DefaultPorts.ContainsKey(scheme) && !StartTlsDefaults.Schemes.ContainsKey(scheme))
        {
            error = $"unsupported scheme '{scheme}' (supported: {string.Join(", ", DefaultPorts.Keys.Concat(StartTlsDefaults.Schemes.Keys))})";
            return false;
        }

        text = text[(marker + 3)..];
        var end = text.IndexOfAny(['/', '?', '#']);
        if (end >= 0)
        {
            text = text[..end];
        }

        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            text = text[(at + 1)..];
        }

        return true;
    }

    private static bool TrySplitHostPort(string text, string? scheme, out string host, out int port, out string? error)
    {
        error = null;
        port = scheme is null ? DefaultPort
            : DefaultPorts.TryGetValue(scheme, out var implicitTls) ? implicitTls : StartTlsDefaults.Schemes[scheme].Port;
        host = text;
        string? portText = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                error = "missing ']' after IPv6 address";
                return false;
            }

            host = text[1..close];
            var rest = text[(close + 1)..];
            if (rest.Length > 0)
            {
                if (!rest.StartsWith(':'))
                {
                    error = $"unexpected '{rest}' after ']'";
                    return false;
                }

                portText = rest[1..];
            }

            if (!IPAddress.TryParse(host, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                error = $"'{host}' is not an IPv6 address";
                return false;
            }
        }
        else if (text.Count(c => c == ':') == 1)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            host = text[..colon];
            portText = text[(colon + 1)..];
        }

        if (portText is not null
            && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            error = $"port '{portText}' is not a number from 1 to 65535";
            return false;
        }

        return true;
    }

    private static bool TryValidateHost(string host, out string? error)
    {
        error = null;
        if (host.Length == 0)
        {
            error = "no host";
            return false;
        }

        if (IPAddress.TryParse(host, out _) || HostName.IsValid(host))
        {
            return true;
        }

        error = $"'{host}' is not a valid host name or IP address";
        return false;
    }
}
