using System.Globalization;

namespace Certwatch.Cli.Parsing;

/// <summary>Parses durations as users type them on the command line: "500ms", "5s", "2m", "1h"; a bare number is seconds.</summary>
public static class DurationParser
{
    private static readonly (string Suffix, double Milliseconds)[] Units =
    [
        ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000),
    ];

    public static bool TryParse(string text, out TimeSpan duration, out string? error)
    {
        duration = default;
        error = null;
        var trimmed = text.Trim().ToLowerInvariant();
        var (number, scale) = SplitUnit(trimmed);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value <= 0 || value * scale > TimeSpan.FromDays(1).TotalMilliseconds)
        {
            error = $"'{text}' is not a duration (examples: 500ms, 5s, 2m)";
            return false;
        }

        duration = TimeSpan.FromMilliseconds(value * scale);
        return true;
    }

    private static (string Number, double Scale) SplitUnit(string text)
    {
        // "ms" is checked before "m" and "s" so "500ms" is not read as 500 minutes.
        foreach (var (suffix, milliseconds) in Units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length
                && char.IsAsciiDigit(text[^(suffix.Length + 1)]))
            {
                return (text[..^suffix.Length], milliseconds);
            }
        }

        return (text, 1000);
    }
}
