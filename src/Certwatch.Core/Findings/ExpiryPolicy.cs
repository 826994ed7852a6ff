namespace Certwatch.Core.Findings;

/// <summary>
/// When an approaching expiry becomes a warning or critical. Thresholds are the alert steps
/// (default 30/14/7/1 days); a certificate is Warning at or below the largest step and Critical
/// at or below <see cref="CriticalDays"/>.
/// </summary>
public sealed record ExpiryPolicy(IReadOnlyList<int> ThresholdDays, int CriticalDays)
{
    public static ExpiryPolicy Default { get; } = new([30, 14, 7, 1], 7);

    public int WarningDays => ThresholdDays.Count == 0 ? 0 : ThresholdDays.Max();

    /// <summary>The smallest threshold that <paramref name="daysLeft"/> has crossed, or null.</summary>
    public int? CrossedThreshold(double daysLeft) =>
        ThresholdDays.Where(t => daysLeft <= t).Order().Cast<int?>().FirstOrDefault();
}
