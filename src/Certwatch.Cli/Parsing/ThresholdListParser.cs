using System.Globalization;

namespace Certwatch.Cli.Parsing;

/// <summary>Parses <c>--thresholds 30,14,7,1</c>: positive whole days, any order, at least one.</summary>
public static class ThresholdListParser
{
    public static bool TryParse(string text, out IReadOnlyList<int> days, out string? error)
    {
        days = [];
        error = null;
        var values = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 3650)
            {
                error = $"'{text}' is not a list of days (example: 30,14,7,1)";
                return false;
            }

            values.Add(value);
        }

        days = values.Distinct().OrderDescending().ToList();
        return true;
    }
}
