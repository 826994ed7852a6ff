using System.Text;

namespace Certwatch.Scanning.Http;

/// <summary>
/// Splits a Strict-Transport-Security value into directives (RFC 6797 §6.1 grammar, RFC 9110 §5.6 token and
/// quoted-string), the way Chrome's HttpUtil::NameValuePairsIterator does with strict quotes: ";" inside a
/// quoted-string does not split, optional whitespace around names and values is dropped, empty directives
/// are allowed. Syntax errors become problems; what a directive's value must be is the parser's business.
/// </summary>
internal static class HstsDirectiveReader
{
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    public static List<HstsDirective> Read(string value, List<HstsProblem> problems)
    {
        var directives = new List<HstsDirective>();
        foreach (var segment in Split(value))
        {
            var text = TrimWhitespace(segment);
            if (text.Length == 0)
            {
                problems.Add(new HstsProblem(HstsProblemKind.EmptyDirective, "an empty directive (';;' or a trailing ';') is skipped"));
                continue;
            }

            if (ReadDirective(text) is { } directive)
            {
                directives.Add(directive);
            }
            else
            {
                problems.Add(new HstsProblem(HstsProblemKind.Malformed, Describe(text)));
            }
        }

        return directives;
    }

    /// <summary>RFC 9110 §5.6.2: token = 1*tchar.</summary>
    public static bool IsToken(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || TokenSymbols.Contains(c, StringComparison.Ordinal));

    private static HstsDirective? ReadDirective(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = TrimWhitespace(equals < 0 ? text : text[..equals]);
        if (!IsToken(name))
        {
            return null;
        }

        if (equals < 0)
        {
            return new HstsDirective(text, name, null, false);
        }

        var raw = TrimWhitespace(text[(equals + 1)..]);
        if (!raw.StartsWith('"'))
        {
            return new HstsDirective(text, name, raw, false);
        }

        return TryUnquote(raw, out var unquoted) ? new HstsDirective(text, name, unquoted, true) : null;
    }

    private static string Describe(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = TrimWhitespace(equals < 0 ? text : text[..equals]);
        return name.Length == 0 ? $"'{text}' has no directive name"
            : !IsToken(name) ? $"'{name}' is not a valid directive name"
            : $"'{text}' has a broken quoted-string";
    }

    /// <summary>RFC 9110 §5.6.4: quoted-string with backslash escapes; nothing may follow the closing quote.</summary>
    private static bool TryUnquote(string raw, out string unquoted)
    {
        var builder = new StringBuilder();
        unquoted = "";
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\')
            {
                if (++i >= raw.Length)
                {
                    return false;
                }

                builder.Append(raw[i]);
            }
            else if (c == '"')
            {
                unquoted = builder.ToString();
                return i == raw.Length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return false;
    }

    private static List<string> Split(string value)
    {
        var segments = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (quoted && c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                segments.Add(value[start..i]);
                start = i + 1;
            }
        }

        segments.Add(value[start..]);
        return segments;
    }

    // RFC 9110 §5.6.3: OWS = *( SP / HTAB ).
    private static string TrimWhitespace(string text) => text.Trim(' ', '\t');
}
