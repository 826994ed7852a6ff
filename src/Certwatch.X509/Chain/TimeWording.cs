using System.Globalization;

namespace Certwatch.X509.Chain;

/// <summary>Dates and distances in the wording messages use: "2026-01-02 (3 days ago)".</summary>
internal static class TimeWording
{
    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"3 days ago" / "in 5 hours" for <paramref name="moment"/> seen from <paramref name="now"/>.</summary>
    public static string Relative(DateTimeOffset moment, DateTimeOffset now)
    {
        var distance = Distance((moment - now).Duration());
        return moment <= now ? $"{distance} ago" : $"in {distance}";
    }

    private static string Distance(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => Count((int)span.TotalDays, "day"),
        { TotalHours: >= 1 } => Count((int)span.TotalHours, "hour"),
        { TotalMinutes: >= 1 } => Count((int)span.TotalMinutes, "minute"),
        _ => Count((int)span.TotalSeconds, "second"),
    };

    private static string Count(int value, string unit) => value == 1 ? $"1 {unit}" : $"{value} {unit}s";
}
