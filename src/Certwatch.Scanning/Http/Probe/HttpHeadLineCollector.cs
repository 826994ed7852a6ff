using System.Text;

namespace Certwatch.Scanning.Http;

/// <summary>
/// Collects the lines of a response head byte by byte within the limits. Accepts a bare LF as a line end
/// (RFC 9112 §2.2) and skips interim 1xx responses (RFC 9110 §15.2) within the same byte budget.
/// </summary>
internal sealed class HttpHeadLineCollector(HttpHeadLimits limits)
{
    private readonly List<string> _lines = [];
    private readonly MemoryStream _line = new();

    public int BytesSeen { get; private set; }

    /// <summary>Takes one byte; returns the outcome once the head is complete or a limit is broken, else null.</summary>
    public HttpHeadReadResult? Feed(byte value)
    {
        if (++BytesSeen > limits.MaxHeadBytes)
        {
            return HttpHeadReadResult.Failed(HttpHopError.HeadTooLarge, $"the response head exceeds {limits.MaxHeadBytes} bytes");
        }

        if (value != (byte)'\n')
        {
            if (_line.Length >= limits.MaxLineBytes)
            {
                return HttpHeadReadResult.Failed(HttpHopError.LineTooLong, $"a response head line exceeds {limits.MaxLineBytes} bytes");
            }

            _line.WriteByte(value);
            return null;
        }

        var text = Encoding.Latin1.GetString(_line.GetBuffer(), 0, (int)_line.Length).TrimEnd('\r');
        _line.SetLength(0);
        return text.Length == 0 ? EndOfHead() : AddLine(text);
    }

    private HttpHeadReadResult? EndOfHead()
    {
        if (_lines.Count == 0)
        {
            // RFC 9112 §2.2: a recipient SHOULD ignore at least one empty line before the status line; more is not HTTP.
            return BytesSeen > 2 ? HttpHeadReadResult.Failed(HttpHopError.Malformed, "the response starts with empty lines") : null;
        }

        var parsed = HttpHeadParser.Parse(_lines, limits);
        if (parsed.Head is { StatusCode: >= 100 and < 200 and not 101 })
        {
            _lines.Clear(); // an interim response (103 Early Hints…): the final one follows
            return null;
        }

        return parsed;
    }

    private HttpHeadReadResult? AddLine(string text)
    {
        _lines.Add(text);
        return _lines.Count > limits.MaxFields + 1
            ? HttpHeadReadResult.Failed(HttpHopError.TooManyHeaders, $"the response has more than {limits.MaxFields} header fields")
            : null;
    }
}
