using System.Globalization;

namespace Certwatch.Scanning.Http;

/// <summary>Parses the lines of a response head: status-line (RFC 9112 §4) and field lines (§5).</summary>
internal static class HttpHeadParser
{
    public static HttpHeadReadResult Parse(IReadOnlyList<string> lines, HttpHeadLimits limits)
    {
        if (!TryParseStatusLine(lines[0], out var version, out var status, out var reason))
        {
            return HttpHeadReadResult.Failed(HttpHopError.Malformed, $"not an HTTP response: '{Shorten(lines[0])}'");
        }

        var fields = new List<HttpHeaderField>();
        foreach (var line in lines.Skip(1))
        {
            // RFC 9112 §5.2: obsolete line folding; a recipient may replace it with a space.
            if (line[0] is ' ' or '\t' && fields.Count > 0)
            {
                fields[^1] = fields[^1] with { Value = (fields[^1].Value + " " + line.Trim(' ', '\t')).Trim() };
                continue;
            }

            if (ParseField(line) is not { } field)
            {
                return HttpHeadReadResult.Failed(HttpHopError.Malformed, $"not a header field: '{Shorten(line)}'");
            }

            fields.Add(field);
        }

        return fields.Count > limits.MaxFields
            ? HttpHeadReadResult.Failed(HttpHopError.TooManyHeaders, $"the response has more than {limits.MaxFields} header fields")
            : new HttpHeadReadResult(new HttpResponseHead(version, status, reason, fields), HttpHopError.None, null);
    }

    // status-line = HTTP-version SP status-code SP [ reason-phrase ]
    private static bool TryParseStatusLine(string line, out string version, out int status, out string reason)
    {
        version = reason = "";
        status = 0;
        var parts = line.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/1.", StringComparison.Ordinal) || parts[0].Length != 8
            || parts[1].Length != 3 || !parts[1].All(char.IsAsciiDigit))
        {
            return false;
        }

        version = parts[0];
        status = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        reason = parts.Length > 2 ? parts[2] : "";
        return status >= 100;
    }

    // field-line = field-name ":" OWS field-value OWS; no whitespace before the colon (RFC 9112 §5.1).
    private static HttpHeaderField? ParseField(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var name = line[..colon];
        return HstsDirectiveReader.IsToken(name) ? new HttpHeaderField(name, line[(colon + 1)..].Trim(' ', '\t')) : null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
