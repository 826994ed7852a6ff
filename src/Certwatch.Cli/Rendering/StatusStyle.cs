using Certwatch.Core.Findings;

namespace Certwatch.Cli.Rendering;

/// <summary>Spectre colours for statuses, severities and days left.</summary>
public static class StatusStyle
{
    public static string Of(CheckStatus status) => status switch
    {
        CheckStatus.Ok => "green",
        CheckStatus.Warning => "yellow",
        CheckStatus.Critical => "red",
        _ => "magenta",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "red",
        Severity.Warning => "yellow",
        _ => "blue",
    };

    public static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Critical => "CRITICAL",
        Severity.Warning => "WARNING",
        _ => "INFO",
    };

    public static string DaysLeft(int days, ExpiryPolicy policy) =>
        days <= policy.CriticalDays ? "red" : days <= policy.WarningDays ? "yellow" : "green";
}
