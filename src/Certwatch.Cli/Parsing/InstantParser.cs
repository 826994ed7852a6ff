using System.Globalization;

namespace Certwatch.Cli.Parsing;

/// <summary>
/// Parses <c>--at</c>: an ISO 8601 date ("2027-03-01", midnight UTC) or date-time ("2027-03-01T12:00Z",
/// "2027-03-01T12:00:30+02:00"); a time without an offset is UTC.
/// </summary>
public static class InstantParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static bool TryParse(string text, out DateTimeOffset instant, out string? error)
    {
        error = null;
        if (DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant))
        {
            return true;
        }

        error = $"'{text}' is not an ISO 8601 date or time (examples: 2027-03-01, 2027-03-01T12:00Z)";
        return false;
    }
}
