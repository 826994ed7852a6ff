using System.CommandLine.Parsing;
using Certwatch.Cli.Parsing;

namespace Certwatch.Cli.Commands;

/// <summary>System.CommandLine custom parsers that turn our Try-parsers into one-line parse errors naming the option.</summary>
public static class OptionParsers
{
    public static TimeSpan? Duration(ArgumentResult result) =>
        Parse<TimeSpan>(result, (string text, out TimeSpan value, out string? error) => DurationParser.TryParse(text, out value, out error));

    public static DateTimeOffset? Instant(ArgumentResult result) =>
        Parse<DateTimeOffset>(result, (string text, out DateTimeOffset value, out string? error) => InstantParser.TryParse(text, out value, out error));

    public static IReadOnlyList<int>? Thresholds(ArgumentResult result) =>
        Parse<IReadOnlyList<int>>(result, (string text, out IReadOnlyList<int> value, out string? error) => ThresholdListParser.TryParse(text, out value, out error));

    private delegate bool TryParser<T>(string text, out T value, out string? error);

    private static T? Parse<T>(ArgumentResult result, TryParser<T> parser)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (parser(text, out var value, out var error))
        {
            return value;
        }

        result.AddError($"{OptionName(result)}: {error}");
        return default;
    }

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? $"option '{option.Option.Name}'" : "argument";
}
