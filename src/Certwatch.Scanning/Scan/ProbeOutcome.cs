namespace Certwatch.Scanning.Scan;

/// <summary>The result of one probe: its value when Completed, else the one-line reason.</summary>
public sealed record ProbeOutcome<T>(ProbeStatus Status, T? Value, string? Reason, TimeSpan Elapsed = default)
{
    public bool IsCompleted => Status == ProbeStatus.Completed;

    public static ProbeOutcome<T> Completed(T value, TimeSpan elapsed = default) => new(ProbeStatus.Completed, value, null, elapsed);

    public static ProbeOutcome<T> Failed(string reason, TimeSpan elapsed = default) => new(ProbeStatus.Error, default, reason, elapsed);

    public static ProbeOutcome<T> Skipped(string reason) => new(ProbeStatus.Skipped, default, reason);
}
