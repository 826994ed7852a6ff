using System.Globalization;

namespace Certwatch.Tls.Handshake;

/// <summary>Reads the status code and the first Strict-Transport-Security header from an HTTP/1.x response head.</summary>
internal static class HttpResponseHead
{
    public static HttpObservation Parse(string head)
    {
        var lines = head.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var status = ParseStatus(lines[0]);
        if (status is null)
        {
            return new HttpObservation(null, null, "the server did not answer with HTTP/1.x: " + Truncate(lines[0]));
        }

        return new HttpObservation(status, FirstHeader(lines.Skip(1), "Strict-Transport-Security"), null);
    }

    // RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ].
    private static int? ParseStatus(string statusLine)
    {
        var parts = statusLine.Split(' ', 3);
        return parts.Length >= 2 && parts[0].StartsWith("HTTP/1.", StringComparison.Ordinal)
            && parts[1].Length == 3 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? code
            : null;
    }

    // RFC 6797 §8.1: when several STS headers arrive, only the first is processed.
    private static string? FirstHeader(IEnumerable<string> lines, string name)
    {
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
