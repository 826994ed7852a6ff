using System.CommandLine;
using Certwatch.Core.Targets;

namespace Certwatch.Cli.Commands;

/// <summary>The option shapes <c>check</c> and <c>scan</c> share: durations, bounded integers, --starttls.</summary>
internal static class ScanOptionFactory
{
    public static Option<TimeSpan?> Duration(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        HelpName = "DURATION",
        CustomParser = OptionParsers.Duration,
    };

    public static Option<int> Range(string name, string description, string helpName, int fallback, int min, int max)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            HelpName = helpName,
            DefaultValueFactory = _ => fallback,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (int.TryParse(token, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"option '{name}': '{token}' is not a whole number");
                return fallback;
            },
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var value && (value < min || value > max))
            {
                result.AddError($"option '{name}': {value} is not between {min} and {max}");
            }
        });
        return option;
    }

    public static Option<string?> StartTls()
    {
        var option = new Option<string?>("--starttls")
        {
            Description = "Upgrade with this plain-text dialogue before TLS: " + StartTlsDefaults.Names + " (default: from the URL scheme or the port)",
            HelpName = "PROTO",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && !StartTlsDefaults.TryParseName(name, out _))
            {
                result.AddError($"option '--starttls': '{name}' is not one of {StartTlsDefaults.Names}");
            }
        });
        return option;
    }
}
