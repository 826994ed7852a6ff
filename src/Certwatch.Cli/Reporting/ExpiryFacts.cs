using Certwatch.Scanning.Check;

namespace Certwatch.Cli.Reporting;

/// <summary>Days left for a target's certificates, the numbers the status line and perfdata show.</summary>
public static class ExpiryFacts
{
    /// <summary>
    /// Whole days from <paramref name="at"/> to <paramref name="notAfter"/>, rounded toward zero: 59.9 days
    /// left is 59, expired 3.2 days ago is -3 (so it agrees with "expired 3 days ago").
    /// </summary>
    public static int DaysLeft(DateTimeOffset notAfter, DateTimeOffset at) => (int)Math.Truncate((notAfter - at).TotalDays);

    /// <summary>The leaf that expires first across every address of the target; null when no certificate was seen.</summary>
    public static int? LeafDaysLeft(TargetReport report) =>
        report.Addresses.Where(a => a.Served.Count > 0)
            .Select(a => (int?)DaysLeft(a.Served[0].NotAfter, report.ValidationTime))
            .Min();

    /// <summary>The earliest expiry of any certificate on the validated path (or the served chain), across addresses.</summary>
    public static int? ChainDaysLeft(TargetReport report) =>
        report.Addresses
            .SelectMany(a => a.Analysis?.Validation.Path is { Count: > 0 } path ? path : a.Served)
            .Select(c => (int?)DaysLeft(c.NotAfter, report.ValidationTime))
            .Min();

    /// <summary>The slowest handshake across addresses, when any completed.</summary>
    public static TimeSpan? SlowestHandshake(TargetReport report) =>
        report.Addresses.Select(a => a.Observation.HandshakeTime).Where(t => t > TimeSpan.Zero)
            .Select(t => (TimeSpan?)t).Max();
}
