using System.Diagnostics;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>Measures how long a probe took (a monotonic timestamp, not the wall clock).</summary>
internal readonly struct ProbeClock
{
    private readonly long _started;

    private ProbeClock(long started) => _started = started;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public static ProbeClock Start() => new(Stopwatch.GetTimestamp());
}
